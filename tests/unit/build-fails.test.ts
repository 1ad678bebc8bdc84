/**
 * End to end: a broken entry makes `npm run build` fail with a message naming the file and the
 * id, and the previous dist/ is left untouched. Runs the real build in a scratch copy of the project.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'build-fails-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function projectWith(fixture: string): string {
  const dir = join(scratch, fixture);
  mkdirSync(dir);
  for (const name of [
    'astro.config.mjs',
    'site.config.ts',
    'tsconfig.json',
    'package.json',
    'src',
    'public',
    'content',
    'scripts',
  ]) {
    cpSync(name, join(dir, name), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(join('tests/fixtures/broken', fixture), join(dir, 'content'), { recursive: true });
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
