// Starts `astro dev` through Astro's programmatic API on a free loopback port, prints
// {"port": …} once it listens, and stops on SIGTERM. tests/search/dev.test.ts runs it as a child
// process: inside a Vitest worker, Astro's dev server answers every page with 404.
import { dev } from 'astro';

const server = await dev({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
console.log(JSON.stringify({ port: server.address.port }));
process.once('SIGTERM', () => {
  server.stop().then(() => process.exit(0));
});
