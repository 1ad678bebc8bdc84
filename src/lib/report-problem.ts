/**
 * "Report a problem" links: a URL that opens the repository's new-issue form with a title naming
 * the entry (its kind and id) and the page, and a body the reader fills in. Pure: the repository
 * address comes from site.config.ts, passed in by the caller.
 */

/** What a report is about: an entry of the ledger, or a whole page. */
export interface ReportSubject {
  /** The entry's kind: "figure", "event", "quote", "source", "actor", "term", "treaty" or "page". */
  kind: string;
  /** The entry's id (for a page, its path such as "casualties"). */
  id: string;
  /** The site path where the reader saw it, e.g. "/casualties/". */
  page: string;
}

/**
 * `https://github.com/owner/repo/issues/new?title=…&body=…`. `repository` is the repository's web
 * address, with or without a trailing slash. Every host with a GitHub-style issue form (GitHub,
 * Gitea, Forgejo) reads `title` and `body` from the query string.
 */
export function reportProblemUrl(repository: string, { kind, id, page }: ReportSubject): string {
  const url = new URL(`${repository.replace(/\/+$/, '')}/issues/new`);
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
