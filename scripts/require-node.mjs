// Stops any npm script at once on a Node.js older than the site needs (Astro 7: >= 22.12).
// Written without modern syntax so that it runs, and explains itself, on old versions too.
var required = [22, 12];
var parts = process.versions.node.split('.').map(Number);
if (parts[0] < required[0] || (parts[0] === required[0] && parts[1] < required[1])) {
  console.error(
    'This site needs Node.js >= ' +
      required.join('.') +
      ' (found ' +
      process.version +
      '): install it from https://nodejs.org or with `npm install --prefix "$HOME/.node24" node@24` and put "$HOME/.node24/node_modules/.bin" first on PATH.',
  );
  process.exit(1);
}
