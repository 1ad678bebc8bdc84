/**
 * End to end: a broken entry makes `npm run build` fail with a message naming the file and the
 * id, and the previous dist/ is left untouched. Runs the real build in a scratch copy of the project.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/scratch-project';

const scratch = mkdtempSync(join(tmpdir(), 'build-fails-'));
/** The content each fixture is laid over (see tests/unit/content-check.test.ts for LEDGER_TEST_CONTENT). */
const CONTENT = process.env.LEDGER_TEST_CONTENT ?? 'content';
// One copy of the project per test: removing them all takes a while.
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 120_000);

function projectWith(fixture: string, fixtures = 'tests/fixtures/broken'): string {
  const dir = join(scratch, fixture);
  mkdirSync(dir);
  copyProject(dir, CONTENT);
  cpSync(join(fixtures, fixture), join(dir, 'content'), { recursive: true });
  // A previous good build, which a failed one must leave as it was.
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), 'previous build');
  return dir;
}

function build(dir: string) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run build with broken content', () => {
  it('fails on a figure citing a source that does not exist, naming the file and the id', () => {
    const dir = projectWith('dangling-source');
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/figures/fixture-figure.yaml: sources[0]: found "no-such-source", which is not in content/sources/',
    );
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
  });

  it('fails on MDX that does not compile, naming the page', () => {
    const dir = projectWith('mdx-does-not-compile');
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    // The MDX compiler's own words, with the file, line and column of the problem.
    expect(output).toContain('Expected a closing tag for `<div>` (11:1) before the end of `paragraph`');
    expect(output).toMatch(/content\/explainers\/fixture-page\.mdx:11:1/);
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
  });
});

describe('npm run build with content that breaks a ledger rule', () => {
  // One fixture per rule; tests/unit/content-check.test.ts pins each whole message.
  const RULES: [rule: string, fixture: string, line: string][] = [
    ['a composite has no claimant', 'composite-with-claimant', 'content/figures/fixture-figure.yaml: claimant: found "south-korea-nis" on a press composite'],
    ['composite wording needs composite: true', 'composite-wording', 'content/figures/fixture-figure.yaml: claimant: found "south-korea-nis", but via says "according to'],
    ['disputed needs disputed_in', 'disputed-without-disputed-in', 'content/events/fixture-event.yaml: disputed_in: found no source where ukraine-general-staff rejects the claim'],
    ['confirmed needs two independent sources or an official one', 'confirmed-one-source', 'content/events/fixture-event.yaml: status: found "confirmed" with one independent source'],
    ['every source has a tier', 'tier-missing', 'content/sources/fixture-source.yaml: tier: missing'],
    ['a relay records its original', 'relay-without-original', 'content/sources/fixture-source.yaml: original: found a relay with no original'],
    ['nothing rests only on relays without saying so', 'relay-only-support', 'content/figures/fixture-figure.yaml: single_source: found false, but every source is a relay or flagged'],
    ['a flagged source is never the only support', 'flagged-only-support', 'content/events/fixture-event.yaml: sources: found only flagged sources'],
    ['copies of one story count once', 'copies-not-single-source', 'content/figures/fixture-figure.yaml: single_source: found false, but fixture-daily, fixture-weekly are copies of one story'],
    ['an undated source says why', 'undated-without-date-note', 'content/sources/fixture-source.yaml: date_note: found published: null and no date note'],
    ["no editors' words in reader fields", 'editor-words-in-note', `content/figures/fixture-figure.yaml: note: found "Claimant field", editors' wording`],
    ['no entry ids in reader fields', 'entry-id-in-note', 'content/figures/fixture-figure.yaml: note: found the entry id "fixture-source"'],
    ["no editors' words in MDX prose", 'editor-words-in-mdx', `content/explainers/fixture-page.mdx:11: "The fact base records no statement`],
    ['a correction names real pages', 'correction-unknown-page', 'content/corrections/2026-12-06-fixture.yaml: entries[0]: found "page:no-such-page"'],
  ]; // prettier-ignore

  for (const [rule, fixture, line] of RULES) {
    it(`fails when ${rule}, naming the file and the field`, () => {
      const dir = projectWith(fixture);
      const { status, output } = build(dir);
      expect(status).not.toBe(0);
      expect(output).toContain(line);
      expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
    });
  }

  it('fails on time-bound wording without a date, which only warns in dev', () => {
    const dir = projectWith('time-bound', 'tests/fixtures/warnings');
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/explainers/fixture-page.mdx:11: "North Korean soldiers are still in Russia.": found "still"',
    );
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
  });

  it('fails after rendering when a page shows an entry id, naming the page', () => {
    // An actor's role is not a field the content check reads for ids; the built page is.
    const dir = projectWith('id-in-actor-role', 'tests/fixtures/built-text');
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'actors/fixture-actor/index.html: found the entry id "fixture-figure" in the text readers see ("…whose estimate is recorded as fixture-figure.")',
    );
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
  }, 600_000);
});
