/**
 * `astro dev` shows a content problem in the browser, not only in the terminal: an editor who
 * saves a figure naming an unknown claimant sees the file, the field and the fix in place of the
 * page, and the page again once the file is mended. Runs the dev server on a scratch copy of the
 * project, so the real content/ is never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/lib/html-entities';
import { copyProject } from '../helpers/scratch-project';

const scratch = mkdtempSync(join(tmpdir(), 'dev-content-errors-'));
const FIGURE = join(scratch, 'content', 'figures', 'blinken-2024-10-31-8000-kursk.yaml');
const PROBLEM =
  'content/figures/blinken-2024-10-31-8000-kursk.yaml: claimant: found "nobody-at-all", which is not in content/actors/';

let server: ChildProcess | undefined;
let origin = '';
let original = '';

/** A port no one listens on. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

beforeAll(async () => {
  copyProject(scratch);
  original = readFileSync(FIGURE, 'utf8');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // A process of its own, as an editor runs it (`npm run dev`), outside the test runner's Vite.
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', `${port}`],
    {
      cwd: scratch,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 90_000;
  while (!output.includes('watching for file changes')) {
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`astro dev did not start:\n${output}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
});

afterAll(() => {
  server?.kill();
  rmSync(scratch, { recursive: true, force: true });
});

/** The casualties page as a browser asks for it: status and visible text. */
async function page(): Promise<{ status: number; text: string }> {
  const response = await fetch(`${origin}/casualties/`, { headers: { accept: 'text/html' } });
  return { status: response.status, text: decodeEntities(await response.text()) };
}

/** Asks for the page until `done` holds (the watcher reacts to a save within a second or two). */
async function pageWhen(done: (result: { status: number; text: string }) => boolean) {
  const deadline = Date.now() + 30_000;
  let result = await page();
  while (!done(result) && Date.now() < deadline) {
    await new Promise((wait) => setTimeout(wait, 300));
    result = await page();
  }
  return result;
}

describe('astro dev with a content problem', () => {
  it('serves the page while the content is sound', async () => {
    const { status, text } = await page();
    expect(status).toBe(200);
    expect(text).not.toContain('Content check failed');
  });

  it('shows the file, the field and the fix in the browser once a figure names an unknown claimant', async () => {
    writeFileSync(FIGURE, original.replace(/^claimant: .*$/m, 'claimant: nobody-at-all'));
    const { status, text } = await pageWhen((result) => result.text.includes(PROBLEM));
    expect(status).toBe(500);
    expect(text).toContain('Content check failed with 1 problem');
    expect(text).toContain(
      `${PROBLEM}; expected the id of an existing actor (add content/actors/nobody-at-all.yaml or fix the id)`,
    );
  });

  it('serves the page again once the file is mended', async () => {
    writeFileSync(FIGURE, original);
    const { status, text } = await pageWhen((result) => result.status === 200);
    expect(status).toBe(200);
    expect(text).not.toContain('Content check failed');
    expect(text).toContain('<h1');
  });
});
