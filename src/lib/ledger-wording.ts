/**
 * Wording rules for the ledger's reader-facing text: what marks a press composite, and what an
 * editor wrote for editors. Prose is matched as prose here (the text of a field or of a parsed
 * MDX sentence), never markup.
 */

/**
 * Phrases that mark a press composite: a newspaper adding up what several governments said
 * ("according to South Korean, Ukrainian and Western sources") is not any one claimant's estimate.
 */
const COMPOSITE_WORDING = [
  /\bcomposite\b/i,
  /\baccording to\b[^.;:]{0,80}?\bsources\b/i,
  /\bciting\b[^.;:]{0,80}?\bsources\b/i,
] as const;

/** The phrase in `text` that marks a press composite, or null. */
export function compositeWording(text: string | null | undefined): string | null {
  if (!text) return null;
  for (const pattern of COMPOSITE_WORDING) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}

/**
 * Editors' wording that must never reach a reader: it describes the data, not the facts.
 * Lower case; matched case-insensitively as whole words.
 */
export const EDITOR_PHRASES = [
  'claimant field',
  'seed article',
  'nearest actor id',
  'not yet recorded',
  'fact base',
  'editor_note',
  'editor note',
] as const;

const EDITOR_PATTERN = new RegExp(
  `\\b(${EDITOR_PHRASES.map((phrase) => phrase.replace(/[ _]/g, '[ _]')).join('|')})\\b`,
  'i',
);

/**
 * The first editors' phrase in `text`, as written there, or null. A phrase in quotation marks is
 * quoted, not used: a correction may say that references to a "seed article" were removed.
 */
export function editorWording(text: string): string | null {
  const unquoted = text.replace(/"[^"]*"|“[^”]*”/g, '""');
  return EDITOR_PATTERN.exec(unquoted)?.[0] ?? null;
}

/**
 * Entry ids that appear in `text` as words: "Same briefing as nis-2024-11-20-10900-kursk". Only
 * ids with a hyphen are looked for, so a one-word id never matches ordinary prose.
 */
export function idsInText(text: string, ids: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/[a-z0-9]+(?:-[a-z0-9]+)+/g)) {
    const before = text[match.index - 1];
    const after = text[match.index + match[0].length];
    // Part of a URL path or fragment, not a word a reader reads.
    if (before === '/' || before === '#' || before === '=' || after === '/') continue;
    if (ids.has(match[0]) && !found.includes(match[0])) found.push(match[0]);
  }
  return found;
}
