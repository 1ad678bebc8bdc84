/**
 * Who makes the site and where its repository lives: the one place the About page and the
 * "report a problem" links (src/lib/report-problem.ts) read them from.
 *
 * Deployers set REPO_URL to their own repository's web address when they build (e.g.
 * `REPO_URL=https://github.com/you/your-fork npm run build`), so that readers' reports reach the
 * people who run that copy. Without it, reports go to the project's own repository.
 */

/** The project's own repository, where readers' reports go unless REPO_URL says otherwise. */
export const DEFAULT_REPOSITORY = 'https://github.com/nk-troops-explainer/site';

/** REPO_URL, checked: an http(s) address without a trailing slash; the default when unset. */
export function repositoryFrom(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_REPOSITORY;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`REPO_URL: "${value}" is not a web address; expected e.g. https://github.com/owner/repo`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`REPO_URL: "${value}" is not an http(s) address; expected e.g. https://github.com/owner/repo`);
  }
  return url.href.replace(/\/+$/, '');
}

export const siteConfig = {
  /** The site's name, in titles and link previews. */
  name: 'North Korea’s troops in Russia',
  /** Who maintains the site, as the About page names them. */
  maintainer: 'the NK Troops Explainer team',
  /** The repository's web address: its code, data, history and issue form. */
  repository: repositoryFrom(process.env.REPO_URL),
} as const;
