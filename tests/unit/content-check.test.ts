import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';

const FIXTURES = 'tests/fixtures/broken';
/**
 * The content each fixture is laid over: the real content/. LEDGER_TEST_CONTENT points at another
 * folder, for checking the rules on a branch whose content has not caught up with them yet.
 */
const CONTENT = process.env.LEDGER_TEST_CONTENT ?? 'content';
const scratch = mkdtempSync(join(tmpdir(), 'content-check-'));
// One copy of the content per test: removing them all takes a while.
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 180_000);

/** The real content with one broken fixture laid over it, checked. */
function checkWith(fixture: string): string[] {
  const dir = join(scratch, fixture, 'content');
  cpSync(CONTENT, dir, { recursive: true });
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  return checkContent(dir).problems;
}

describe('content check', () => {
  it('passes the real content', () => {
    const { problems, warnings, entries } = checkContent(CONTENT);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(entries.figures.length).toBeGreaterThan(100);
    expect(entries.treaty).toHaveLength(1);
  });

  it('has a test below for every fixture', () => {
    const tested = new Set(Object.keys(EXPECTED).concat('mdx-does-not-compile'));
    expect(readdirSync(FIXTURES).filter((name) => !tested.has(name))).toEqual([]);
  });

  const EXPECTED: Record<string, string[]> = {
    'missing-field': ['content/figures/fixture-figure.yaml: scope: missing; expected text. Add the field.'],
    'unknown-field': [
      'content/sources/fixture-source.yaml: autor: unknown field; expected only the fields the schema documents. Remove it or fix the spelling.',
    ],
    'dangling-source': [
      'content/figures/fixture-figure.yaml: sources[0]: found "no-such-source", which is not in content/sources/; expected the id of an existing source (add content/sources/no-such-source.yaml or fix the id)',
    ],
    'dangling-actor': [
      'content/events/fixture-event.yaml: claimed_by: found "nobody-at-all", which is not in content/actors/; expected the id of an existing actor (add content/actors/nobody-at-all.yaml or fix the id)',
    ],
    'dangling-actor-in-mdx': [
      'content/explainers/fixture-page.mdx:13: <Estimates claimant="nobody-at-all">: found "nobody-at-all", which is not in content/actors/; expected the id of an existing entry (a file content/actors/nobody-at-all.yaml)',
    ],
    'dangling-source-in-mdx': [
      'content/explainers/fixture-page.mdx:11: <Cite ids="no-such-source">: found "no-such-source", which is not in content/sources/; expected the id of an existing entry (a file content/sources/no-such-source.yaml)',
    ],
    'dangling-event-in-mdx': [
      'content/explainers/fixture-page.mdx:11: <Event id="no-such-event">: found "no-such-event", which is not in content/events/; expected the id of an existing entry (a file content/events/no-such-event.yaml)',
    ],
    'dangling-page-in-mdx': [
      'content/explainers/fixture-page.mdx:11: <PageLink to="actors/nobody-at-all">: found "actors/nobody-at-all", but "nobody-at-all" is not in content/actors/; expected "actors/<actor id>" naming an existing actor (add content/actors/nobody-at-all.yaml or fix the id)',
    ],
    'dangling-source-in-mdx-list': [
      'content/explainers/fixture-page.mdx:11: <Cite ids="112ua-uk-mod-4000 no-such-source">: found "no-such-source", which is not in content/sources/; expected the id of an existing entry (a file content/sources/no-such-source.yaml)',
    ],
    // Rules on the MDX prose, read from the page's syntax tree.
    'number-in-prose': [
      'content/explainers/fixture-page.mdx:11: found "4,000" typed in prose; expected a <Figure id="…" /> from content/figures/ (or reword if it is not a count)',
    ],
    'citation-splits-paragraph': [
      'content/explainers/fixture-page.mdx:12: found a line of only inline components inside a paragraph, which MDX reads as a block of its own and so splits the paragraph; expected each citation on a line with text. Join the line to the text before it.',
    ],
    'dangling-figure-in-mdx': [
      'content/explainers/fixture-page.mdx:11: <Figure id="no-such-figure">: found "no-such-figure", which is not in content/figures/; expected the id of an existing entry (a file content/figures/no-such-figure.yaml)',
    ],
    'duplicate-id': [
      'content/figures/nis-2025-04-30-killed.yaml: id: found "nis-2025-04-30-killed", already used by content/figures/2025/nis-2025-04-30-killed.yaml; expected ids unique within figures. Rename one file.',
    ],
    'impossible-date': [
      `content/events/fixture-event.yaml: date: found "2025-02-30", which is not a real date; expected YYYY-MM-DD or YYYY-MM (e.g. '2024-10-18' or '2024-10')`,
    ],
    'unquoted-impossible-date': [
      `content/sources/fixture-source.yaml: published: found "2025-02-30", which is not a real date; expected YYYY-MM-DD or YYYY-MM (e.g. '2024-10-18' or '2024-10')`,
    ],
    'impossible-month': [
      `content/figures/fixture-figure.yaml: as_of: found "2025-13", which is not a real date; expected YYYY-MM-DD or YYYY-MM (e.g. '2024-10-18' or '2024-10')`,
    ],
    'as-of-after-reported': [
      'content/figures/fixture-figure.yaml: as_of: found as_of (2025-03-01) after reported (2025-01-13); expected as_of <= reported, or plan: true for a plan or forecast',
    ],
    'low-greater-than-high': [
      'content/figures/fixture-figure.yaml: low: found low (5000) greater than high (3000); expected low <= high',
    ],
    'negative-count': ['content/figures/fixture-figure.yaml: value: found -300; expected a number of 0 or more'],
    'unknown-metric': [
      'content/figures/fixture-figure.yaml: metric: found "dead"; expected one of "troops_deployed", "additional_troops", "killed", "wounded", "killed_or_wounded", "casualties_incl_missing", "captured", "missing", "prisoners_taken", "area_held", "settlements_held", "other"',
    ],
    'unknown-status': [
      'content/events/fixture-event.yaml: status: found "rumoured"; expected one of "confirmed", "claimed", "disputed"',
    ],
    'claimed-without-claimant': [
      'content/events/fixture-event.yaml: claimed_by: found no claimant for a claimed event; expected the actor id of whoever claims it',
    ],
    'disputed-without-disputer': [
      'content/events/fixture-event.yaml: disputed_by: found no disputer for a disputed event; expected the actor id of whoever rejects it (or set status: claimed)',
    ],
    // The ledger's rules (src/integrations/ledger-rules.ts and the schemas).
    'composite-with-claimant': [
      'content/figures/fixture-figure.yaml: claimant: found "south-korea-nis" on a press composite (composite: true); expected claimant: null, with the outlet that put the composite together in via',
    ],
    'composite-without-via': [
      'content/figures/fixture-figure.yaml: via: found no outlet on a press composite (composite: true); expected via naming the outlet that put it together, e.g. via: Reuters',
    ],
    'composite-wording': [
      'content/figures/fixture-figure.yaml: claimant: found "south-korea-nis", but via says "according to South Korean, Ukrainian and Western sources", which marks a press composite; expected composite: true and claimant: null, with the outlet in via (or reword via if south-korea-nis itself made the estimate)',
    ],
    'disputed-without-disputed-in': [
      'content/events/fixture-event.yaml: disputed_in: found no source where ukraine-general-staff rejects the claim; expected disputed_in: [ids of the pages where they do] (each also in sources), or status: claimed when no one publicly rejects it',
    ],
    'disputed-in-not-in-sources': [
      'content/events/fixture-event.yaml: disputed_in[0]: found "fixture-rejection", which is not in sources; expected every disputed_in id also listed in sources. Add it to sources.',
    ],
    'confirmed-one-source': [
      'content/events/fixture-event.yaml: status: found "confirmed" with one independent source (Example Daily, 26 April 2025); expected at least two independent sources (copies of one story count once, flagged sources not at all) or an official statement (a source with tier: official). Add one, or set status: claimed with claimed_by.',
    ],
    'confirmed-copies-of-one-story': [
      'content/events/fixture-event.yaml: single_source: found false, but fixture-wire, fixture-copy-a, fixture-copy-b are copies of one story (Reuters, 26 April 2025); expected single_source: true (copies of one story count as one source), or an independent source',
      'content/events/fixture-event.yaml: status: found "confirmed" with one independent source (Reuters, 26 April 2025); expected at least two independent sources (copies of one story count once, flagged sources not at all) or an official statement (a source with tier: official). Add one, or set status: claimed with claimed_by.',
    ],
    'copies-not-single-source': [
      'content/figures/fixture-figure.yaml: single_source: found false, but fixture-daily, fixture-weekly are copies of one story (Example Daily, 13 January 2025); expected single_source: true (copies of one story count as one source), or an independent source',
    ],
    'tier-missing': [
      'content/sources/fixture-source.yaml: tier: missing; expected one of "official", "wire", "outlet", "relay", "flagged". Add the field.',
    ],
    'relay-without-original': [
      'content/sources/fixture-source.yaml: original: found a relay with no original; expected the story it copies, which readers see first: original: { publisher, title, published, url } (title, published and url null when not known)',
    ],
    'relay-only-support': [
      'content/figures/fixture-figure.yaml: single_source: found false, but every source is a relay or flagged (fixture-source); expected a source from the original publisher (tier official, wire or outlet), or single_source: true with a reader note saying why',
      'content/figures/fixture-figure.yaml: note: found no note, but the only support is a relay or flagged page (fixture-source); expected a note for readers saying why, e.g. "Only a copy of the original report could be found."',
    ],
    'flagged-only-support': [
      'content/events/fixture-event.yaml: sources: found only flagged sources (fixture-source); expected at least one source outside known disinformation networks: a flagged source is never the only support. Add one, or remove the entry.',
    ],
    'flagged-quote': [
      'content/quotes/fixture-quote.yaml: source: found "fixture-source", a flagged source; expected the quote from a page outside known disinformation networks: a flagged source is never the only support',
    ],
    'undated-without-date-note': [
      'content/sources/fixture-source.yaml: date_note: found published: null and no date note; expected why the page has no date, e.g. date_note: "The page shows no publication date." (readers see "date not given")',
    ],
    'editor-words-in-note': [
      `content/figures/fixture-figure.yaml: note: found "Claimant field", editors' wording, in text readers see; expected words for readers. Move it to editor_note, or reword.`,
    ],
    'entry-id-in-note': [
      'content/figures/fixture-figure.yaml: note: found the entry id "fixture-source" in text readers see; expected words for readers (say what the entry is: who said what, when), or move it to editor_note',
    ],
    'editor-words-in-mdx': [
      `content/explainers/fixture-page.mdx:11: "The fact base records no statement from Pyongyang about the two men.": found "fact base", editors' wording, in prose readers see; expected words for readers. Reword, or move it to an editor_note in the data.`,
    ],
    'correction-unknown-page': [
      'content/corrections/2026-12-06-fixture.yaml: entries[0]: found "page:no-such-page", but "no-such-page" is not in content/explainers/; expected page:<slug> naming an explainer (a file content/explainers/no-such-page.mdx), e.g. "page:kursk"',
    ],
    'malformed-yaml': [
      'content/sources/fixture-source.yaml: malformed YAML at line 3, column 1: missed comma between flow collection entries. Check the indentation and quoting there.',
    ],
  };

  it('reads an unquoted date (a YAML timestamp) as the same text as a quoted one', () => {
    const dir = join(scratch, 'unquoted-date', 'content');
    cpSync(CONTENT, dir, { recursive: true });
    cpSync('tests/fixtures/valid/unquoted-date', dir, { recursive: true });
    const { problems, entries } = checkContent(dir);
    expect(problems).toEqual([]);
    const source = entries.sources.find((entry) => entry.id === 'fixture-source');
    expect((source?.data as { published: unknown }).published).toBe('2025-01-13');
  });

  it('counts no citation in inline code, a code block or an MDX comment, which render nothing', () => {
    const dir = join(scratch, 'citations-in-code-and-comments', 'content');
    cpSync(CONTENT, dir, { recursive: true });
    cpSync('tests/fixtures/valid/citations-in-code-and-comments', dir, { recursive: true });
    const { problems, warnings, entries } = checkContent(dir);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(entries.explainers.map(({ id }) => id)).toContain('fixture-page');
  });

  for (const [fixture, expected] of Object.entries(EXPECTED)) {
    it(`reports ${fixture} with the file, the field and the fix`, () => {
      expect(checkWith(fixture)).toEqual(expected);
    });
  }
});

describe('uncited sources', () => {
  it('warns about a source that nothing cites, naming the file and the fix', () => {
    const dir = join(scratch, 'uncited-source', 'content');
    cpSync(CONTENT, dir, { recursive: true });
    cpSync('tests/fixtures/warnings/uncited-source', dir, { recursive: true });
    const { problems, warnings } = checkContent(dir);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      `content/sources/fixture-source.yaml: found a source that no figure, event, quote, term, treaty, correction or page cites; expected every source in the bibliography to support something. Cite it (in an entry's sources or with <Cite ids="fixture-source" />) or remove the file.`,
    ]);
  });

  it('counts a source cited only by a page', () => {
    const dir = join(scratch, 'cited-by-page', 'content');
    cpSync(CONTENT, dir, { recursive: true });
    cpSync('tests/fixtures/warnings/uncited-source', dir, { recursive: true });
    cpSync('tests/fixtures/valid/citations-in-code-and-comments', dir, { recursive: true });
    writeFileSync(
      join(dir, 'explainers', 'fixture-page.mdx'),
      readFileSync(join(dir, 'explainers', 'fixture-page.mdx'), 'utf8').replace('112ua-uk-mod-4000', 'fixture-source'),
    );
    expect(checkContent(dir).warnings).toEqual([]);
  });
});

describe('time-bound wording', () => {
  it('warns about "still", "now", "currently", "remain(s)" and "to date" in a sentence without a date, with the file, the line and the rule', () => {
    const dir = join(scratch, 'time-bound', 'content');
    cpSync(CONTENT, dir, { recursive: true });
    cpSync('tests/fixtures/warnings/time-bound', dir, { recursive: true });
    const { problems, warnings } = checkContent(dir);
    expect(problems).toEqual([]);
    const rule =
      'time-bound wording needs a date in the same sentence, so that a later reader can tell when it was true. Add the month and year the data gives (e.g. "as of February 2026"), or put the <Figure>, <Event> or <Quote> that shows the date in the sentence, or reword without it.';
    expect(warnings).toEqual([
      `content/explainers/fixture-page.mdx: description: "Where the North Korean soldiers are now.": found "now"; ${rule}`,
      `content/explainers/fixture-page.mdx:11: "North Korean soldiers are still in Russia.": found "still"; ${rule}`,
      `content/explainers/fixture-page.mdx:13: "The soldiers are still there <Event>.": found "still"; ${rule}`,
      `content/explainers/fixture-page.mdx:16: "Seoul has to date said nothing more.": found "to date"; ${rule}`,
    ]);
  });
});
