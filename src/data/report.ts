/**
 * "Report a problem" links for the entries a page cites.
 *
 * TEMPORARY, for the merge: pages-layout adds `site.config.ts` (the repository, from REPO_URL) and
 * `src/lib/report-problem.ts` (`reportProblemUrl(repository, subject)`, the same URL shape as
 * below). When both are on main, replace the body of `reportProblemHref` with
 * `reportProblemUrl(siteConfig.repository, subject)` and delete the rest of this file.
 */

/** The project's repository unless REPO_URL names a deployer's own (as in site.config.ts). */
const REPOSITORY = (process.env.REPO_URL?.trim() || 'https://github.com/nk-troops-explainer/site').replace(/\/+$/, '');

export interface ReportSubject {
  /** "figure", "event" or "quote". */
  kind: string;
  id: string;
  /** The site path where the reader saw it, e.g. "/casualties/". */
  page: string;
}

/** The repository's new-issue form, titled with the entry and the page. */
export function reportProblemHref({ kind, id, page }: ReportSubject): string {
  const url = new URL(`${REPOSITORY}/issues/new`);
  url.searchParams.set('title', `Problem with ${kind} ${id} on ${page}`);
  url.searchParams.set(
    'body',
    [
      `Entry: ${kind}:${id}`,
      `Page: ${page}`,
      '',
      'What is wrong:',
      '',
      'What the source says (a link, and the words or number it gives):',
      '',
    ].join('\n'),
  );
  return url.href;
}
