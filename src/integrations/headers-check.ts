/**
 * Checks a built page against the Content-Security-Policy before it ships, so that what the
 * browser would block (and report as a violation) fails the build instead, naming the page and
 * the fix: inline scripts other than the allowed ones, inline styles, event-handler attributes,
 * `javascript:` URLs, and a missing or stale `<meta>` policy.
 */
import { CSP_META, INLINE_SCRIPT_HASHES, sha256Source } from '../lib/csp';
import { decodeEntities } from '../lib/html-entities';

/** Script types a browser executes (anything else, such as JSON-LD, is a data block). */
const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE_ELEMENT = /<style\b[^>]*>/gi;
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
/** The first script or stylesheet, which the `<meta>` policy must come before. */
const FIRST_RESOURCE = /<(?:script|link|style)\b/i;
/**
 * Words that may start what the policy blocks: a style attribute, an event handler, a
 * `javascript:` URL (or a character reference that could spell one), or the policy itself.
 */
const RISKY_WORD = /\s(?:style|on[a-z]+)\b|javascript:|&#|http-equiv/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of a start tag's attribute text, names lower-cased, values with entities decoded. */
export function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

const excerpt = (text: string) => JSON.stringify(text.trim().replace(/\s+/g, ' ').slice(0, 60));

/**
 * Every way `html` breaks the policy, one line each, prefixed with `file`. An empty list means
 * the page runs under the policy without a violation (as far as its markup goes).
 */
export function findPolicyProblems(file: string, html: string): string[] {
  const problems: string[] = [];

  for (const [, attributeText, body] of html.matchAll(SCRIPT)) {
    const attributes = parseAttributes(attributeText!);
    if (attributes.has('src')) continue;
    if (!EXECUTABLE_SCRIPT_TYPES.has((attributes.get('type') ?? '').trim().toLowerCase())) continue;
    if (!INLINE_SCRIPT_HASHES.includes(sha256Source(body!))) {
      problems.push(
        `${file}: inline <script> ${excerpt(body!)} is not allowed by the Content-Security-Policy. ` +
          'Use a bundled <script> (no is:inline) instead; only a script that must run before paint belongs in src/lib/csp.ts.',
      );
    }
  }

  // Scripts are cut out first so that their text is not read as markup.
  const markup = html.replace(SCRIPT, (_whole, attributeText: string) => `<script${attributeText}></script>`);
  for (const _style of markup.matchAll(STYLE_ELEMENT)) {
    problems.push(
      `${file}: inline <style> element: style-src 'self' blocks it. Put the CSS in a component <style> block (Astro bundles it into a stylesheet) or in src/styles/.`,
    );
  }

  let metaPolicies = 0;
  let metaAt = -1;
  const firstResource = FIRST_RESOURCE.exec(markup)?.index ?? Infinity;
  // Only the tags that hold a risky word are parsed: reading every tag of every page took a
  // third of the post-build checks at 1,000 pages.
  const parsed = new Set<number>();
  for (const hit of markup.matchAll(RISKY_WORD)) {
    const open = markup.lastIndexOf('<', hit.index);
    // Each tag is read once: a later word after the same "<" is beyond the tag as well.
    if (open === -1 || parsed.has(open)) continue;
    parsed.add(open);
    TAG.lastIndex = open;
    const match = TAG.exec(markup);
    // The word is in the text between tags, not in the tag before it.
    if (!match || match.index + match[0].length <= hit.index) continue;
    const tag = match[1]!.toLowerCase();
    const attributes = parseAttributes(match[2]!);
    if (tag === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') {
      metaPolicies += 1;
      metaAt = match.index;
      if (attributes.get('content') !== CSP_META) {
        problems.push(
          `${file}: the <meta> Content-Security-Policy is ${excerpt(attributes.get('content') ?? '')}…; expected the policy from src/lib/csp.ts (CSP_META).`,
        );
      }
    }
    for (const [name, value] of attributes) {
      if (name === 'style') {
        problems.push(
          `${file}: <${tag} style=${excerpt(value)}>: style-src 'self' blocks style attributes. Use a class, or set the property from a bundled script.`,
        );
      } else if (/^on[a-z]+$/.test(name)) {
        problems.push(
          `${file}: <${tag} ${name}=…>: inline event handlers are blocked by the Content-Security-Policy. Add the listener in a bundled <script>.`,
        );
      } else if (/^(href|src|action|formaction)$/.test(name) && /^\s*javascript:/i.test(value)) {
        problems.push(
          `${file}: <${tag} ${name}="javascript:…">: blocked by the Content-Security-Policy. Use a bundled <script>.`,
        );
      }
    }
  }

  if (metaPolicies !== 1) {
    problems.push(
      `${file}: found ${metaPolicies} <meta http-equiv="Content-Security-Policy"> tags; expected exactly one, from BaseLayout. ` +
        'Render the page in BaseLayout; BaseLayout leaves the tag out of non-production builds (import.meta.env.PROD is false when NODE_ENV is set to anything but production).',
    );
  } else if (metaAt > firstResource) {
    problems.push(
      `${file}: the <meta> Content-Security-Policy comes after a script or stylesheet, which it then does not cover; put it right after <meta charset>.`,
    );
  }
  return problems;
}
