// The demo server: serves the fictional municipality's site and the built widget from dist/.
// It grows into the reference booking service (DESIGN §6). Usage: PORT=8080 node demo/server.mjs
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const root = join(import.meta.dirname, '..');

/** URL prefix → folder it is served from. Longest prefix first. */
const mounts = [
  ['/vejviser/', join(root, 'dist', 'vejviser')],
  ['/dkfds/', join(root, 'node_modules', 'dkfds', 'dist')],
  ['/', join(root, 'dist', 'demo')],
];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
};

/** A strict policy: the widget works without inline scripts or styles (constructable stylesheets). */
const securityHeaders = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Maps a URL path to a file inside one of the mounts, or undefined if it would escape it. */
function resolveFile(pathname) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    let relative = decodeURIComponent(pathname.slice(prefix.length));
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = normalize(join(dir, relative));
    return file.startsWith(dir + sep) ? file : undefined;
  }
  return undefined;
}

function sendError(response, status, message) {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(message);
}

/** Creates the demo server (not yet listening). */
export function createDemoServer() {
  return createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') return sendError(response, 405, 'Metoden er ikke tilladt.');
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      let file = resolveFile(pathname);
      let info = file && (await stat(file).catch(() => undefined));
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!file || !info?.isFile()) return sendError(response, 404, 'Siden findes ikke.');
      response.writeHead(200, {
        ...securityHeaders,
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-cache',
      });
      if (request.method === 'HEAD') return response.end();
      createReadStream(file).pipe(response);
    } catch (error) {
      console.error('[vejviser] demo server error', error);
      if (!response.headersSent) sendError(response, 500, 'Der skete en fejl på serveren.');
      else response.destroy();
    }
  });
}

if (process.argv[1] === import.meta.filename) {
  const port = Number(process.env.PORT ?? 8080);
  const server = createDemoServer();
  server.on('error', (error) => {
    console.error(error.code === 'EADDRINUSE'
      ? `[vejviser] Port ${port} er optaget. Start med en anden port: PORT=8081 npm start`
      : `[vejviser] ${error.message}`);
    process.exit(1);
  });
  server.listen(port, () => console.log(`Vejviser-demo kører på http://localhost:${port} (kontaktside: http://localhost:${port}/kontakt.html)`));
}
