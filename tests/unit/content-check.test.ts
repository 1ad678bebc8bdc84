import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';

const FIXTURES = 'tests/fixtures/broken';
const scratch = mkdtempSync(join(tmpdir(), 'content-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The real content with one broken fixture laid over it, checked. */
function checkWith(fixture: string): string[] {
  const dir = join(scratch, fixture, 'content');
  cpSync('content', dir, { recursive: true });
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  return checkContent(dir).problems;
}

describe('content check', () => {
  it('passes the real content', () => {
    const { problems, entries } = checkContent('content');
    expect(problems).toEqual([]);
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
    'malformed-yaml': [
      'content/sources/fixture-source.yaml: malformed YAML at line 3, column 1: missed comma between flow collection entries. Check the indentation and quoting there.',
    ],
  };

  it('reads an unquoted date (a YAML timestamp) as the same text as a quoted one', () => {
    const dir = join(scratch, 'unquoted-date', 'content');
    cpSync('content', dir, { recursive: true });
    cpSync('tests/fixtures/valid/unquoted-date', dir, { recursive: true });
    const { problems, entries } = checkContent(dir);
    expect(problems).toEqual([]);
    const source = entries.sources.find((entry) => entry.id === 'fixture-source');
    expect((source?.data as { published: unknown }).published).toBe('2025-01-13');
  });

  for (const [fixture, expected] of Object.entries(EXPECTED)) {
    it(`reports ${fixture} with the file, the field and the fix`, () => {
      expect(checkWith(fixture)).toEqual(expected);
    });
  }
});
