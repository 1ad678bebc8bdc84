/**
 * Serves the built site (dist/) on a free loopback port with Astro's own preview server, the
 * same one `npm start` uses.
 */
import { existsSync } from 'node:fs';
import { preview } from 'astro';

export interface SiteServer {
  /** Origin plus base path, e.g. http://127.0.0.1:4400/ */
  url: string;
  close: () => Promise<void>;
}

export async function serveBuiltSite(): Promise<SiteServer> {
  const dist = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(`${dist}/index.html`))
    throw new Error(`${dist}/ is missing: run \`npm run build\` before the browser tests`);
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  const base = process.env.BASE_PATH ?? '/';
  return {
    url: `http://127.0.0.1:${server.port}${base.endsWith('/') ? base : `${base}/`}`,
    close: () => server.stop(),
  };
}
