/**
 * Proof on a real server: the `/sub/` build (global-setup.ts) served by nginx with the documented
 * server block (deploy/nginx.conf), crawled over HTTP and opened page by page in Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/integrations/yaml-files';
import { CACHE_CONTROL, cachePolicy, SECURITY_HEADERS } from '../../src/integrations/headers-rules';
import { CSP_HEADER, parsePolicy } from '../../src/lib/csp';
import { launchBrowser, type Browser } from '../helpers/browser';
import { DEPLOY_ENV, SUB_BUILD } from './support/build';
import { brokenReferences, crawl, type Crawl } from './support/crawl';
import { headersForPath, parseHeadersFile } from './support/headers-file';
import { startNginx, type Nginx } from './support/nginx';

const BASE = DEPLOY_ENV.BASE_PATH;
const PUBLIC = DEPLOY_ENV.SITE_URL;
const MISSING = `${BASE}a/b/missing`;

let nginx: Nginx;
let site: Crawl;
const at = (path: string) => `${nginx.origin}${path}`;
const builtFiles = listFiles(SUB_BUILD, undefined, { relative: true });
/** Site paths of the built pages: `/sub/`, `/sub/timeline/`, …, `/sub/404.html`. */
const builtPages = builtFiles
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
  .map((file) => `${BASE}${file.replace(/(^|\/)index\.html$/, '$1')}`);

beforeAll(async () => {
  nginx = await startNginx(SUB_BUILD);
  site = await crawl({
    origin: nginx.origin,
    publicOrigin: PUBLIC,
    seeds: [at(BASE), at(`${BASE}robots.txt`), at(MISSING)],
  });
});

afterAll(async () => {
  await nginx?.close();
});

/** The crawled HTML pages that answered 200, by site path. */
function crawledPages() {
  return [...site.fetched.values()].filter(
    (file) => file.status === 200 && (file.headers.get('content-type') ?? '').startsWith('text/html'),
  );
}

describe('the /sub/ build on nginx, crawled over HTTP', () => {
  it('resolves every page, asset and #fragment reachable from the home page: 0 broken', () => {
    expect(brokenReferences(site, new Map([[at(MISSING), 404]]))).toEqual([]);
    const reached = new Set(crawledPages().map((page) => new URL(page.url).pathname));
    expect(builtPages.filter((path) => !reached.has(path))).toEqual([]);
    expect(site.references.filter((reference) => reference.url.includes('#')).length).toBeGreaterThan(50);
  });

  it('loads nothing from another site', () => {
    expect(site.external.filter((reference) => reference.resource)).toEqual([]);
  });

  it('follows one trailing-slash policy in links, canonical URLs and the sitemap', async () => {
    const pagePaths = new Set(crawledPages().map((page) => new URL(page.url).pathname));
    const offPolicy = site.references
      .map((reference) => ({ ...reference, path: new URL(reference.url).pathname }))
      .filter((reference) => reference.url.split('#')[0] !== reference.from) // same-page #fragments
      .filter(
        (reference) => !reference.resource && !reference.path.endsWith('/') && !/\.[a-z0-9]+$/i.test(reference.path),
      )
      .map((reference) => `${reference.how} on ${reference.from}: ${reference.url}`);
    expect(offPolicy).toEqual([]);

    for (const page of crawledPages()) {
      const path = new URL(page.url).pathname;
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page.text!)?.[1];
      expect(canonical, path).toBe(`${PUBLIC}${path}`);
      expect(/<meta property="og:url" content="([^"]+)"/.exec(page.text!)?.[1], path).toBe(canonical);
    }

    // The sitemap index (named in robots.txt) lists the sitemaps, and they list the pages.
    const locs = (path: string) =>
      [...(site.fetched.get(at(path))?.text ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    const sitemaps = locs(`${BASE}sitemap-index.xml`);
    expect(sitemaps).toEqual([`${PUBLIC}${BASE}sitemap-0.xml`]);
    const listed = sitemaps.flatMap((url) => locs(new URL(url).pathname)).map((url) => new URL(url).pathname);
    expect(listed.sort()).toEqual([...pagePaths].filter((path) => path.endsWith('/')).sort());

    // A link typed without the slash still lands, by a relative redirect that keeps the port.
    const redirect = await fetch(at(`${BASE}timeline`), { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, `${BASE}timeline/`]);
  });

  it('names the sitemap by its absolute URL in robots.txt', () => {
    const robots = site.fetched.get(at(`${BASE}robots.txt`));
    expect(robots?.status).toBe(200);
    expect(robots?.text).toContain(`Sitemap: ${PUBLIC}${BASE}sitemap-index.xml\n`);
  });

  it('gives every page canonical, Open Graph and Twitter meta', () => {
    const missing: string[] = [];
    for (const page of [...crawledPages(), site.fetched.get(at(MISSING))!]) {
      for (const selector of [
        'link rel="canonical" href',
        'meta property="og:type" content',
        'meta property="og:title" content',
        'meta property="og:description" content',
        'meta property="og:url" content',
        'meta name="twitter:card" content',
      ]) {
        const [tag, attribute] = [
          selector.slice(0, selector.lastIndexOf(' ')),
          selector.slice(selector.lastIndexOf(' ') + 1),
        ];
        if (!new RegExp(`<${tag} ${attribute}="[^"]+"`).test(page.text!)) missing.push(`${page.url}: <${tag}>`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('answers /sub/a/b/missing with 404 and the not-found page, whose styles, scripts and links resolve', () => {
    const notFound = site.fetched.get(at(MISSING))!;
    expect(notFound.status).toBe(404);
    expect(notFound.text).toBe(readFileSync(join(SUB_BUILD, '404.html'), 'utf8'));
    const named = site.references.filter(
      (reference) => reference.from === at(MISSING) && reference.url.split('#')[0] !== at(MISSING),
    );
    const kinds = new Set(named.map((reference) => reference.how));
    expect(kinds).toContain('link[rel=stylesheet]');
    expect(kinds).toContain('script[src]');
    expect(kinds).toContain('a[href]');
    for (const reference of named) {
      expect(site.fetched.get(reference.url.split('#')[0]!)?.status, reference.url).toBe(200);
    }
  });

  it('sends the security headers with every response, the 404 and redirects included', async () => {
    const responses = [
      ...site.fetched.values(),
      { url: 'redirect', headers: (await fetch(at(BASE.slice(0, -1)), { redirect: 'manual' })).headers },
    ];
    for (const response of responses) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers.get(name), `${name} on ${response.url}`).toBe(value);
      }
    }
    expect(parsePolicy(site.fetched.get(at(BASE))!.headers.get('content-security-policy')!)).toEqual(
      parsePolicy(CSP_HEADER),
    );
  });

  it('caches every built file as _headers says: content-hashed files for a year, the rest revalidated', async () => {
    const rules = parseHeadersFile(readFileSync(join(SUB_BUILD, '_headers'), 'utf8'));
    const wrong: string[] = [];
    const files = builtFiles.filter((file) => file !== '_headers');
    for (let i = 0; i < files.length; i += 8) {
      await Promise.all(
        files.slice(i, i + 8).map(async (file) => {
          const response = await fetch(at(`${BASE}${file}`), { redirect: 'manual' });
          await response.arrayBuffer();
          const want = CACHE_CONTROL[cachePolicy(file)];
          const served = response.headers.get('cache-control');
          // Hosts reading _headers send their default, which revalidates, where no rule sets Cache-Control.
          const declared = headersForPath(rules, `${BASE}${file}`).get('Cache-Control') ?? [CACHE_CONTROL.revalidate];
          if (response.status !== 200 || served !== want || declared.length !== 1 || declared[0] !== want) {
            wrong.push(
              `${file}: ${response.status}, nginx "${served}", _headers ${JSON.stringify(declared)}, expected "${want}"`,
            );
          }
        }),
      );
    }
    expect(wrong).toEqual([]);
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'index.html', '404.html']) {
      expect(cachePolicy(file), file).toBe('revalidate');
    }
  });
});

describe('the /sub/ build on nginx, in Chromium', () => {
  let browser: Browser;
  const offsite: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    await browser.context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${nginx.origin}/`)) return route.continue();
      offsite.push(url);
      return route.abort('blockedbyclient');
    });
    await browser.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
        );
      });
    });
    browser.context.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location().url;
      // Chromium logs the 404 status of the not-found page itself; that status is the point.
      if (where === at(MISSING) && /status of 404/.test(message.text())) return;
      consoleErrors.push(`${where}: ${message.text()}`);
    });
    browser.context.on('weberror', (error) => consoleErrors.push(`page error: ${error.error().message}`));
  });

  afterAll(async () => {
    await browser?.close();
  });

  const violations = (page: Page) =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  it('runs every page with no CSP violation, no console error and no request to another origin', async () => {
    const page = await browser.context.newPage();
    const found: string[] = [];
    const urls = [...crawledPages().map((file) => file.url), at(MISSING)];
    for (const url of urls) {
      await page.goto(url, { waitUntil: 'load' });
      for (const violation of await violations(page)) found.push(`${url}: ${violation}`);
    }
    await page.close();
    expect(urls.length).toBeGreaterThan(builtPages.length - 1);
    expect(found).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(offsite).toEqual([]);
  });

  it('styles the not-found page and runs its scripts at /sub/a/b/missing', async () => {
    const page = await browser.context.newPage();
    const failed: string[] = [];
    page.on('requestfinished', async (request) => {
      const response = await request.response();
      if (request.resourceType() !== 'document' && response?.status() !== 200) failed.push(request.url());
    });
    const response = await page.goto(at(MISSING), { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    const sheets = await page.evaluate(() =>
      [...document.styleSheets].map((sheet) => ({ href: sheet.href, rules: sheet.cssRules.length })),
    );
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      expect(sheet.href).toMatch(new RegExp(`^${nginx.origin}${BASE}_astro/`));
      expect(sheet.rules).toBeGreaterThan(0);
    }
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src),
    );
    expect(scripts.length).toBeGreaterThan(0);
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    for (const script of scripts) expect(loaded, script).toContain(script);
    expect(failed).toEqual([]);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('searches under the CSP, and every result URL follows the base and the trailing-slash policy', async () => {
    const page = await browser.context.newPage();
    await page.goto(at(`${BASE}search/`));
    const before = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    );
    const fragmentLoaded = page.waitForResponse((response) => /\.pf_fragment$/.test(response.url()) && response.ok());
    await page.goto(at(`${BASE}search/?q=Kursk`));
    await fragmentLoaded;
    // Results show as links that were not on the page before, wherever the search UI puts them.
    await page.waitForFunction(
      (known) => [...document.querySelectorAll('a[href]')].some((a) => !known.includes(a.getAttribute('href'))),
      before,
    );
    expect(await violations(page)).toEqual([]);

    // The result URLs Pagefind itself gives, with the base URL the site configures.
    // A string, so that Vitest does not rewrite the dynamic import() for Node.
    const urls = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('${BASE}pagefind/pagefind.js');
      await pagefind.options({ baseUrl: '${BASE}' });
      const search = await pagefind.search('Kursk');
      const results = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
      return results.flatMap((result) => [result.url, ...(result.sub_results ?? []).map((sub) => sub.url)]);
    })()`);
    await page.close();
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      const [path, hash] = url.split('#');
      expect(path, url).toMatch(new RegExp(`^${BASE}(.+/)?$`));
      const target = site.fetched.get(at(path!));
      expect(target?.status, url).toBe(200);
      if (hash) expect(target?.ids?.has(decodeURIComponent(hash)), url).toBe(true);
    }
  });
});
