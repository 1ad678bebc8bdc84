/**
 * An HTTP crawler for the served site: from the seeds it follows every URL a page, stylesheet,
 * sitemap or robots.txt names (links, scripts, stylesheets, images, icons, form actions,
 * canonical and Open Graph URLs, CSS url()s, sitemap <loc>s), fetches each once without following
 * redirects, and checks every #fragment against the ids of its target page. URLs on the public
 * origin (SITE_URL) are fetched from the test server instead; links to other sites are noted,
 * never fetched.
 */
import { parse } from 'node-html-parser';

export interface Fetched {
  /** The URL fetched (no fragment). */
  url: string;
  status: number;
  headers: Headers;
  /** Text of HTML, CSS, XML and plain-text responses. */
  text?: string;
  /** Ids (and a[name]s) of an HTML page, for #fragment checks. */
  ids?: Set<string>;
}

export interface Reference {
  /** The page or file that names the URL. */
  from: string;
  /** Absolute URL on the test server (or another site), fragment included. */
  url: string;
  /** How it was named, e.g. `a[href]`, `link[rel=stylesheet]`, `css url()`, `sitemap <loc>`. */
  how: string;
  /** Whether a browser fetches it without the reader asking (script, stylesheet, image…). */
  resource: boolean;
}

export interface Crawl {
  fetched: Map<string, Fetched>;
  references: Reference[];
  /** Links to other sites (not fetched). */
  external: Reference[];
}

/** rel values of <link> that name a page rather than something the browser loads. */
const NAVIGATION_RELS = new Set([
  'canonical',
  'alternate',
  'author',
  'license',
  'help',
  'next',
  'prev',
  'search',
  'me',
]);
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'data', 'xlink:href'];
const OG_URL_PROPERTIES = /^(og:url|og:image|og:image:url|og:image:secure_url|og:audio|og:video|twitter:image)$/;

export interface CrawlOptions {
  /** The test server, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** The public origin the site was built for (SITE_URL); its URLs are fetched from `origin`. */
  publicOrigin: string;
  /** Absolute URLs to start from. */
  seeds: string[];
  concurrency?: number;
}

export async function crawl(options: CrawlOptions): Promise<Crawl> {
  const { origin, publicOrigin } = options;
  const fetched = new Map<string, Fetched>();
  const references: Reference[] = [];
  const external: Reference[] = [];
  const queue: string[] = [];
  const seen = new Set<string>();

  const toServer = (url: URL): URL => {
    if (url.origin !== publicOrigin) return url;
    return new URL(`${url.pathname}${url.search}${url.hash}`, origin);
  };

  const enqueue = (url: string) => {
    const key = url.split('#')[0]!;
    if (!seen.has(key)) {
      seen.add(key);
      queue.push(key);
    }
  };

  const note = (from: string, raw: string, how: string, resource: boolean) => {
    const trimmed = raw.trim();
    if (trimmed === '' || /^(data|mailto|tel|javascript|blob):/i.test(trimmed)) return;
    let url: URL;
    try {
      url = toServer(new URL(trimmed, from));
    } catch {
      references.push({ from, url: trimmed, how, resource });
      return;
    }
    const reference = { from, url: url.href, how, resource };
    if (url.origin !== origin) {
      external.push(reference);
      return;
    }
    references.push(reference);
    enqueue(url.href);
  };

  const readHtml = (page: Fetched) => {
    const root = parse(page.text!);
    page.ids = new Set([
      ...root.querySelectorAll('[id]').map((element) => element.id),
      ...root.querySelectorAll('a[name]').map((element) => element.getAttribute('name')!),
    ]);
    // A <base href> would change how every relative URL resolves; the site has none.
    const base = root.querySelector('base[href]')?.getAttribute('href');
    const from = base ? new URL(base, page.url).href : page.url;
    for (const element of root.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      for (const attribute of URL_ATTRIBUTES) {
        const value = element.getAttribute(attribute);
        if (value === undefined) continue;
        const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
        const navigation =
          tag === 'a' ||
          tag === 'area' ||
          tag === 'form' ||
          (tag === 'link' && rel.some((r) => NAVIGATION_RELS.has(r)));
        const how = tag === 'link' ? `link[rel=${rel.join(' ')}]` : `${tag}[${attribute}]`;
        note(from, value, how, !navigation);
      }
      for (const attribute of ['srcset', 'imagesrcset']) {
        const value = element.getAttribute(attribute);
        if (!value) continue;
        for (const candidate of value.split(','))
          note(from, candidate.trim().split(/\s+/)[0] ?? '', `${tag}[${attribute}]`, true);
      }
      if (tag === 'meta') {
        const property = element.getAttribute('property') ?? element.getAttribute('name') ?? '';
        const content = element.getAttribute('content');
        if (content && OG_URL_PROPERTIES.test(property)) note(from, content, `meta[${property}]`, false);
      }
    }
  };

  const readCss = (file: Fetched) => {
    for (const match of file.text!.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
      note(file.url, match[2] ?? match[4] ?? '', 'css url()', true);
    }
  };

  const readXml = (file: Fetched) => {
    for (const match of file.text!.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g))
      note(file.url, match[1]!, 'sitemap <loc>', false);
    for (const match of file.text!.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g))
      note(file.url, match[1]!, 'feed <link>', false);
  };

  const readText = (file: Fetched) => {
    for (const match of file.text!.matchAll(/^sitemap:\s*(\S+)/gim))
      note(file.url, match[1]!, 'robots.txt Sitemap', false);
  };

  const visit = async (url: string) => {
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'manual' });
    } catch (error) {
      fetched.set(url, { url, status: 0, headers: new Headers({ 'x-crawl-error': String(error) }) });
      return;
    }
    const type = response.headers.get('content-type') ?? '';
    const textual = /^(text\/|application\/(xml|atom\+xml|rss\+xml|json)|image\/svg\+xml)/.test(type);
    const result: Fetched = { url, status: response.status, headers: response.headers };
    if (textual) result.text = await response.text();
    else await response.arrayBuffer();
    fetched.set(url, result);
    if (!result.text) return;
    if (type.startsWith('text/html')) readHtml(result);
    else if (type.startsWith('text/css')) readCss(result);
    else if (/xml/.test(type)) readXml(result);
    else if (type.startsWith('text/plain')) readText(result);
  };

  for (const seed of options.seeds) enqueue(seed);
  const workers = Array.from({ length: options.concurrency ?? 4 }, async () => {
    // Workers share the queue; one that finds it empty waits while others may still add to it.
    while (queue.length > 0 || fetched.size < seen.size) {
      const next = queue.shift();
      if (next) await visit(next);
      else await new Promise((wait) => setTimeout(wait, 5));
    }
  });
  await Promise.all(workers);
  return { fetched, references, external };
}

/**
 * What is broken in a crawl: URLs that did not answer 200 (`expected` lists URLs with another
 * expected status), internal links that redirect, and #fragments with no matching id.
 */
export function brokenReferences(result: Crawl, expected: ReadonlyMap<string, number> = new Map()): string[] {
  const problems: string[] = [];
  for (const file of result.fetched.values()) {
    const want = expected.get(file.url) ?? 200;
    if (file.status === want) continue;
    const namedBy = result.references.filter((reference) => reference.url.split('#')[0] === file.url);
    const where = namedBy.length > 0 ? ` (named by ${namedBy[0]!.how} on ${namedBy[0]!.from})` : ' (a seed)';
    const location = file.headers.get('location');
    problems.push(`${file.url}: ${file.status}${location ? ` -> ${location}` : ''}, expected ${want}${where}`);
  }
  for (const reference of result.references) {
    const hash = reference.url.includes('#') ? reference.url.slice(reference.url.indexOf('#') + 1) : '';
    if (hash === '') continue;
    const target = result.fetched.get(reference.url.split('#')[0]!);
    if (!target?.ids) continue; // not an HTML page: reported above if it failed
    if (!target.ids.has(decodeURIComponent(hash))) {
      problems.push(
        `${reference.url}: no element with id "${decodeURIComponent(hash)}" (named by ${reference.how} on ${reference.from})`,
      );
    }
  }
  return problems;
}
