/**
 * Every built page is valid HTML by the Nu HTML Checker (the W3C validator, npm `vnu-jar`), run
 * once over all pages: one Java start, a few seconds. Needs Java 11 or newer on the PATH.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../helpers/dist';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * A page the checker must reject, checked in the same run: if it is not reported, the checker
 * did not really look at the files.
 */
const scratch = mkdtempSync(join(tmpdir(), 'html-valid-'));
const invalidPage = join(scratch, 'invalid.html');
writeFileSync(invalidPage, '<!doctype html><html lang="en"><title>x</title><p><div>block in p</p></div>');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const files = builtPages().map((page) => join(DIST, page.file));
const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', invalidPage, ...files], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) {
  throw new Error(
    `Could not run the Nu HTML Checker (${run.error.message}). Install Java 11 or newer (Debian/Ubuntu: \`apt-get install -y default-jre-headless\`) and put \`java\` on the PATH.`,
  );
}
// vnu writes its JSON report to stderr.
const messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
const fromFile = (file: string) => messages.filter((message) => message.url?.endsWith(file));

/** "treaty/index.html:12: Duplicate ID “x”. (…<p id="x">…)" */
function describeMessage(message: VnuMessage): string {
  const file = (message.url ?? '').replace(/^file:/, '').replace(`${process.cwd()}/`, '');
  return `${file}:${message.lastLine ?? '?'}: ${message.message}${message.extract ? ` (${message.extract.trim()})` : ''}`;
}

describe('valid HTML (Nu HTML Checker)', () => {
  it('checks the files it is given (a deliberately invalid page is reported)', () => {
    expect(fromFile(invalidPage).map((message) => message.message)).toContain(
      'No “p” element in scope but a “p” end tag seen.',
    );
  });

  it(`finds 0 errors on the ${files.length} built pages`, () => {
    expect(files.length).toBeGreaterThan(10);
    const errors = messages.filter((message) => !message.url?.endsWith(invalidPage));
    expect(errors.map(describeMessage)).toEqual([]);
  });
});
