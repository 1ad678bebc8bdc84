/**
 * The content check as Astro runs it: time-bound wording without a date only warns in `astro dev`
 * (so a draft can be previewed) and fails `astro build`.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentIntegrity } from '../../src/integrations/content-integrity';

const CONTENT = process.env.LEDGER_TEST_CONTENT ?? 'content';
const scratch = mkdtempSync(join(tmpdir(), 'content-integrity-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 60_000);
cpSync(CONTENT, join(scratch, 'content'), { recursive: true });
cpSync('tests/fixtures/warnings/time-bound', join(scratch, 'content'), { recursive: true });

function setup(command: 'dev' | 'build') {
  const logged: { level: string; message: string }[] = [];
  const log = (level: string) => (message: string) => logged.push({ level, message });
  const logger = { info: log('info'), warn: log('warn'), error: log('error') };
  const hook = contentIntegrity().hooks['astro:config:setup'] as unknown as (options: unknown) => void;
  const run = () => hook({ config: { root: pathToFileURL(`${scratch}/`) }, command, logger });
  return { run, logged };
}

const LINE = 'content/explainers/fixture-page.mdx:11: "North Korean soldiers are still in Russia.": found "still"';

describe('time-bound wording as Astro runs the check', () => {
  it('warns in astro dev, naming the file and the line, and goes on', () => {
    const { run, logged } = setup('dev');
    expect(run).not.toThrow();
    expect(
      logged.filter(({ level }) => level === 'warn').map(({ message }) => message.slice(0, LINE.length)),
    ).toContain(LINE);
  });

  it('fails astro build with the same line', () => {
    const { run } = setup('build');
    expect(run).toThrow(LINE);
  });
});
