/**
 * Where a source is listed. The bibliography has one page per initial of the publisher
 * (`/sources/k/`), because all 685 sources on one page weigh about 95 KiB gzip, more than twice
 * the page budget (tests/budgets.ts); `/sources/` links every initial and every publisher. The
 * page follows from the publisher's name alone, so a source's address never moves when others
 * are added.
 */

/** The initial a publisher is filed under: "a" … "z", "0-9", or "other" for any other script. */
export function publisherInitial(publisher: string): string {
  const first = stripAccents(publisher.trim()).charAt(0).toLowerCase();
  if (/[a-z]/.test(first)) return first;
  if (/[0-9]/.test(first)) return '0-9';
  return 'other';
}

/** Initials in the order the bibliography lists them: digits, A to Z, then other scripts. */
export function compareInitials(a: string, b: string): number {
  const rank = (initial: string) => (initial === '0-9' ? 0 : initial === 'other' ? 2 : 1);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** How an initial is shown: "K", "0–9", "Other". */
export function initialLabel(initial: string): string {
  if (initial === '0-9') return '0–9';
  if (initial === 'other') return 'Other';
  return initial.toUpperCase();
}

/** Site path of the bibliography page for an initial: "sources/k". */
export function bibliographyPath(initial: string): string {
  return `sources/${initial}`;
}

/** An anchor id for a publisher's group on its page: "KBS World (citing Yonhap)" → "publisher-kbs-world-citing-yonhap". */
export function publisherAnchor(publisher: string): string {
  const slug = stripAccents(publisher)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `publisher-${slug || 'unnamed'}`;
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '');
}
