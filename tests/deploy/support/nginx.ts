/**
 * A real nginx serving a build with the documented server block, deploy/nginx.conf, changed only
 * where a deployer changes it too: `listen` (a free loopback port), `server_name` and `alias` (the
 * build folder). It runs as the current user, with its pid, logs and temporary files in a
 * scratch folder, and is stopped by its process id.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const SERVER_BLOCK = 'deploy/nginx.conf';

const NGINX_PATHS = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx', '/opt/homebrew/bin/nginx'];

export function findNginx(): string {
  const onPath = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  const found = [process.env.NGINX_PATH, onPath, ...NGINX_PATHS].find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No nginx found for the deploy tests. Install it (Debian/Ubuntu: `apt-get install -y nginx`; .ci/run does) or set NGINX_PATH.',
    );
  }
  return found;
}

/** mime.types from the nginx installation (next to its default nginx.conf). */
function mimeTypes(nginx: string): string {
  const version = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1];
  const candidates = [confPath && join(dirname(confPath), 'mime.types'), '/etc/nginx/mime.types'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error(`No mime.types found for ${nginx} (looked at ${candidates.filter(Boolean).join(', ')})`);
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Replaces the one line of the server block that matches `pattern`; fails if the block changed shape. */
function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const matches = text.match(new RegExp(pattern.source, 'gm')) ?? [];
  if (matches.length !== 1) {
    throw new Error(
      `${SERVER_BLOCK}: expected exactly one line matching ${pattern}, found ${matches.length}; the tests and docs/deploy.md edit that line`,
    );
  }
  return text.replace(new RegExp(pattern.source, 'm'), replacement);
}

/** The documented server block, made to serve `root` on `port`. */
export function serverBlockFor(root: string, port: number): string {
  let block = readFileSync(SERVER_BLOCK, 'utf8');
  block = replaceOnce(block, /^(\s*)listen 80;$/, `$1listen 127.0.0.1:${port};`);
  block = replaceOnce(block, /^(\s*)server_name example\.org;$/, '$1server_name 127.0.0.1;');
  block = replaceOnce(block, /^(\s*)alias \/srv\/nk-troops\/;$/, `$1alias ${resolve(root)}/;`);
  return block;
}

export interface Nginx {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** The nginx error log so far (for failure messages). */
  errorLog: () => string;
  close: () => Promise<void>;
}

export async function startNginx(root: string): Promise<Nginx> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/ has no index.html: build it first`);
  const nginx = findNginx();
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'deploy-nginx-'));
  const errorLog = join(prefix, 'error.log');
  writeFileSync(join(prefix, 'site.conf'), serverBlockFor(root, port));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${join(prefix, kind)};`)
    .join('\n');
  // As root, nginx would hand requests to `nobody`; keep them with the user running the tests.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `${user}daemon off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${errorLog} warn;
events { worker_connections 128; }
http {
  include ${mimeTypes(nginx)};
  default_type application/octet-stream;
  access_log off;
${temp}
  include ${join(prefix, 'site.conf')};
}
`,
  );
  const child: ChildProcess = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', errorLog], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const readLog = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  const origin = `http://127.0.0.1:${port}`;

  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${stderr}\n${readLog()}`);
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx did not answer on ${origin}:\n${stderr}\n${readLog()}`);
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }

  return {
    origin,
    errorLog: readLog,
    close: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM'); // the master process we started; it stops its worker
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
