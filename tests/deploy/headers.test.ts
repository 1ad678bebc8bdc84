/**
 * The Content-Security-Policy, the `_headers` file and deploy/nginx.conf agree with each other and
 * with the built files; the build's policy check catches what a browser would block.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/integrations/yaml-files';
import { findPolicyProblems } from '../../src/integrations/headers-check';
import { CACHE_CONTROL, cachePolicy, SECURITY_HEADERS } from '../../src/integrations/headers-rules';
import { CSP_HEADER, CSP_META, parsePolicy, sha256Source, THEME_SCRIPT } from '../../src/lib/csp';
import { DEPLOY_ENV, SUB_BUILD } from './support/build';
import { headersForPath, parseHeadersFile } from './support/headers-file';
import { SERVER_BLOCK } from './support/nginx';

const BASE = DEPLOY_ENV.BASE_PATH;
const files = listFiles(SUB_BUILD, undefined, { relative: true });
const read = (file: string) => readFileSync(join(SUB_BUILD, file), 'utf8');

describe('the Content-Security-Policy', () => {
  const header = parsePolicy(CSP_HEADER);

  it('allows scripts from the site, the theme script by its hash and WebAssembly, never inline code', () => {
    expect(header['default-src']).toEqual(["'self'"]);
    expect(header['script-src']).toEqual(["'self'", sha256Source(THEME_SCRIPT), "'wasm-unsafe-eval'"]);
    expect(CSP_HEADER).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    expect(header['object-src']).toEqual(["'none'"]);
    expect(header['frame-ancestors']).toEqual(["'none'"]);
    expect(header['base-uri']).toEqual(["'self'"]);
    expect(header['form-action']).toEqual(["'self'"]);
  });

  it('is the same in the <meta> tag, minus the directives browsers ignore there', () => {
    const { 'frame-ancestors': _ignoredInMeta, ...rest } = header;
    expect(parsePolicy(CSP_META)).toEqual(rest);
    expect(CSP_META).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });

  it('hashes the theme script exactly as every built page renders it', () => {
    const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const html = read(page);
      const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
      expect(inline, page).toEqual([THEME_SCRIPT]);
      expect(html, page).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP_META}">`);
    }
  });
});

describe('the build’s policy check', () => {
  const page = (head: string, body = '') =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP_META}">${head}</head><body>${body}</body></html>`;

  it('passes a page with the theme script, bundled scripts, stylesheets and JSON-LD', () => {
    const html = page(
      `<script>${THEME_SCRIPT}</script><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/a.js"></script>`,
      '<script type="application/ld+json">{"@type":"Article"}</script><p data-x="a > b">text with style="x" in it</p>',
    );
    expect(findPolicyProblems('ok.html', html)).toEqual([]);
  });

  it('finds what the policy blocks wherever it sits in a tag, and only in tags', () => {
    const html = page(
      '',
      `<p>On onclick=, style= and javascript: in text &#38; more</p><a title="a > b" class="x" href="&#x6A;avascript:go()">x</a><div data-a="1"\n  ONCLICK="go()">y</div>`,
    );
    expect(findPolicyProblems('d.html', html)).toEqual([
      expect.stringContaining('d.html: <a href="javascript:…">'),
      expect.stringContaining('d.html: <div onclick=…>'),
    ]);
  });

  it('names the page and the fix for everything the browser would block', () => {
    const html = page(
      '<script>console.log(1)</script><style>p{color:red}</style>',
      `<p style="color: red">x</p><button onclick="go()">go</button><a href="javascript:void 0">x</a>`,
    );
    expect(findPolicyProblems('bad/index.html', html)).toMatchInlineSnapshot(`
      [
        "bad/index.html: inline <script> "console.log(1)" is not allowed by the Content-Security-Policy. Use a bundled <script> (no is:inline) instead; only a script that must run before paint belongs in src/lib/csp.ts.",
        "bad/index.html: inline <style> element: style-src 'self' blocks it. Put the CSS in a component <style> block (Astro bundles it into a stylesheet) or in src/styles/.",
        "bad/index.html: <p style="color: red">: style-src 'self' blocks style attributes. Use a class, or set the property from a bundled script.",
        "bad/index.html: <button onclick=…>: inline event handlers are blocked by the Content-Security-Policy. Add the listener in a bundled <script>.",
        "bad/index.html: <a href="javascript:…">: blocked by the Content-Security-Policy. Use a bundled <script>.",
      ]
    `);
  });

  it('requires the <meta> policy, current and before any script or stylesheet', () => {
    expect(findPolicyProblems('a.html', '<html><head></head></html>')).toEqual([
      expect.stringContaining('a.html: found 0 <meta http-equiv="Content-Security-Policy"> tags'),
    ]);
    const stale = page('').replace(CSP_META, "default-src 'self'");
    expect(findPolicyProblems('b.html', stale)).toEqual([
      expect.stringContaining('b.html: the <meta> Content-Security-Policy is'),
    ]);
    const late = `<html><head><link rel="stylesheet" href="/a.css"><meta http-equiv="Content-Security-Policy" content="${CSP_META}"></head></html>`;
    expect(findPolicyProblems('c.html', late)).toEqual([
      expect.stringContaining('c.html: the <meta> Content-Security-Policy comes after'),
    ]);
  });
});

describe('_headers in the build', () => {
  const rules = parseHeadersFile(read('_headers'));

  it('scopes every rule to the base path and sends the security headers everywhere under it', () => {
    expect(rules.map((rule) => rule.path).filter((path) => !path.startsWith(BASE))).toEqual([]);
    expect(rules[0]).toEqual({ path: `${BASE}*`, headers: SECURITY_HEADERS });
  });

  it('gives no file two values of one header (Cloudflare Pages would join them)', () => {
    const doubled = files.flatMap((file) =>
      [...headersForPath(rules, `${BASE}${file}`)]
        .filter(([, values]) => values.length > 1)
        .map(([name]) => `${file}: ${name}`),
    );
    expect(doubled).toEqual([]);
  });

  it('stays within Cloudflare Pages’ limits of 100 rules and 2,000 characters a line', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of read('_headers').split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });

  it('marks immutable only files whose names are hashes of their content', () => {
    const immutable = files.filter((file) => cachePolicy(file) === 'immutable');
    expect(immutable.filter((file) => file.startsWith('_astro/')).length).toBeGreaterThan(0);
    expect(immutable.filter((file) => file.startsWith('pagefind/')).length).toBeGreaterThan(0);
    for (const file of immutable) {
      if (file.startsWith('_astro/')) {
        // Vite names bundles name.<8-character content hash>.ext
        expect(file, file).toMatch(/\.[\w-]{8}\.[a-z0-9]+$/);
        continue;
      }
      // Pagefind names chunks <language>_<hash>: the SHA-1 of the uncompressed content, each
      // byte in unpadded hex, cut short (pagefind/src/output/mod.rs and fossick).
      const content = gunzipSync(readFileSync(join(SUB_BUILD, file))).subarray('pagefind_dcd'.length);
      const digest = [...createHash('sha1').update(content).digest()].map((byte) => byte.toString(16)).join('');
      const hash = /_([0-9a-f]+)\.pf_[a-z]+$/.exec(file)?.[1];
      expect(hash, file).toBeTruthy();
      expect(digest.startsWith(hash!), `${file}: name is not the hash of its content (${digest})`).toBe(true);
    }
    for (const fixed of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind-worker.js']) {
      expect(files).toContain(fixed);
      expect(cachePolicy(fixed), fixed).toBe('revalidate');
    }
  });
});

describe('deploy/nginx.conf', () => {
  const conf = readFileSync(SERVER_BLOCK, 'utf8');

  it('sends the same security headers as _headers, on every response', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      const line = `add_header ${name} "${value}" always;`;
      expect(conf.includes(line), `${SERVER_BLOCK} should have the line\n    ${line}`).toBe(true);
    }
    expect(conf).toContain('add_header Cache-Control $nk_troops_cache_control always;');
    // add_header in a location would silently drop the server-level headers there.
    expect(conf.match(/^\s*add_header\b/gm)).toHaveLength(Object.keys(SECURITY_HEADERS).length + 1);
  });

  it('caches each built file as the headers integration does', () => {
    const map = /map \$uri \$nk_troops_cache_control \{([\s\S]*?)\n\}/.exec(conf)?.[1] ?? '';
    const entries = [...map.matchAll(/^\s*(default|~\S+)\s+"([^"]+)";/gm)].map(([, key, value]) => ({
      key: key!,
      value: value!,
    }));
    expect(entries.length).toBeGreaterThan(1);
    const nginxCache = (uri: string) =>
      entries.find((entry) => entry.key !== 'default' && new RegExp(entry.key.slice(1)).test(uri))?.value ??
      entries.find((entry) => entry.key === 'default')?.value;
    for (const file of files) expect(nginxCache(`${BASE}${file}`), file).toBe(CACHE_CONTROL[cachePolicy(file)]);
  });
});
