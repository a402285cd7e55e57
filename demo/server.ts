// The demo server: serves the fictional municipality's site and the built widget from dist/, and the
// reference booking service under /api/. Usage: PORT=8080 tsx demo/server.ts
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { CompiledMunicipality } from '../knowledge/compiler/compiled.ts';
import { createBookingApi } from './booking/api.ts';
import { configFromEnv } from './booking/config.ts';
import { readMunicipality } from './booking/municipality.ts';
import { assertStrongStaffToken, randomStaffToken } from './booking/staff-auth.ts';

const root = join(import.meta.dirname, '..');

/** URL prefix → folder it is served from. Longest prefix first. */
const mounts: [string, string][] = [
  ['/vejviser/', join(root, 'dist', 'vejviser')],
  ['/dkfds/', join(root, 'node_modules', 'dkfds', 'dist')],
  ['/', join(root, 'dist', 'demo')],
];

const types: Record<string, string> = {
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
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The site needs none of these; switching them off means injected code could not use them either.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/** decodeURIComponent, or undefined for a malformed escape such as `%E0%A4%A`. */
function decodePath(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Maps a URL path to a file inside one of the mounts, or undefined if it would escape it. */
function resolveFile(pathname: string): { file: string; dir: string } | undefined {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    let relative = decodePath(pathname.slice(prefix.length));
    if (relative === undefined || relative.includes('\0')) return undefined;
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = normalize(join(dir, relative));
    return file.startsWith(dir + sep) ? { file, dir } : undefined;
  }
  return undefined;
}

/**
 * The file's real path if it is a file inside the mount once symlinks are followed: a link that
 * points out of the served folder (to /etc/passwd, say) is treated as missing.
 */
const realDirs = new Map<string, string>();
async function servableFile(file: string, dir: string): Promise<{ file: string; size: number } | undefined> {
  // A mount's real path does not change while the server runs: kept once found (not while the
  // folder is missing, so a build after start-up is still served).
  const realDir = realDirs.get(dir) ?? await realpath(dir).then((found) => (realDirs.set(dir, found), found), () => undefined);
  const real = await realpath(file).catch(() => undefined);
  if (!real || !realDir || !real.startsWith(realDir + sep)) return undefined;
  const info = await stat(real).catch(() => undefined);
  return info?.isFile() ? { file: real, size: info.size } : undefined;
}

function sendError(response: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...securityHeaders, ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(message);
}

/** Everything can be left out: the defaults come from the environment (see README.md). */
export interface DemoServerOptions {
  /** SQLite file for bookings (VEJVISER_DB). */
  dbFile?: string;
  /** Compiled knowledge to read the municipality from (VEJVISER_KNOWLEDGE). */
  knowledgeFile?: string;
  /** The municipality itself, instead of reading it from a file. */
  municipality?: CompiledMunicipality;
  /** Bearer token for the staff routes (VEJVISER_STAFF_TOKEN); made up and printed when missing. */
  staffToken?: string;
  rateLimit?: { burst: number; perMinute: number };
  retentionDays?: number;
  /** The clock, in ms since the epoch; tests stand on a fixed date with it. */
  now?: () => number;
  /** Where operational lines go (never personal data); console.log by default. */
  log?: (line: string) => void;
}

/** Creates the demo server (not yet listening). Closing it closes the booking database. */
export function createDemoServer(options: DemoServerOptions = {}): Server {
  const config = configFromEnv();
  const log = options.log ?? ((line: string) => console.log(line));
  let staffToken = options.staffToken ?? config.staffToken;
  if (staffToken) assertStrongStaffToken(staffToken);
  else {
    staffToken = randomStaffToken();
    log(`[vejviser] Personalets adgangsnøgle til /personale.html (gælder kun denne kørsel): ${staffToken}`);
  }
  const api = createBookingApi({
    dbFile: options.dbFile ?? config.dbFile,
    municipality: options.municipality ?? readMunicipality(options.knowledgeFile ?? config.knowledgeFile),
    staffToken,
    rateLimit: options.rateLimit ?? config.rateLimit,
    retentionDays: options.retentionDays ?? config.retentionDays,
    now: options.now ?? Date.now,
    log,
  });

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return await api.handle(request, response, url);
      if (request.method !== 'GET' && request.method !== 'HEAD') return sendError(response, 405, 'Metoden er ikke tilladt.', { Allow: 'GET, HEAD' });
      const found = resolveFile(url.pathname);
      if (!found) return sendError(response, 404, 'Siden findes ikke.');
      const { file: requested, dir } = found;
      const info = await stat(requested).catch(() => undefined);
      // A folder serves its index.html; a clean address such as /skranke serves skranke.html.
      const candidate = info?.isDirectory() ? join(requested, 'index.html') : !info && !extname(requested) ? `${requested}.html` : requested;
      const served = await servableFile(candidate, dir);
      if (!served) return sendError(response, 404, 'Siden findes ikke.');
      response.writeHead(200, {
        ...securityHeaders,
        'Content-Type': types[extname(served.file)] ?? 'application/octet-stream',
        'Content-Length': served.size,
        'Cache-Control': 'no-cache',
      });
      if (request.method === 'HEAD') return response.end();
      createReadStream(served.file).pipe(response);
    } catch (error) {
      console.error('[vejviser] demo server error', error);
      if (!response.headersSent) sendError(response, 500, 'Der skete en fejl på serveren.');
      else response.destroy();
    }
  });
  server.on('close', () => api.close());
  return server;
}

if (process.argv[1] === import.meta.filename) {
  const port = Number(process.env.PORT ?? 8080);
  const server = createDemoServer();
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE'
      ? `[vejviser] Port ${port} er optaget. Start med en anden port: PORT=8081 npm start`
      : `[vejviser] ${error.message}`);
    process.exit(1);
  });
  // Close the database cleanly on Ctrl+C or a stop signal (a crash is safe too: WAL + synchronous=FULL).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
  server.listen(port, () => {
    // The port actually bound, so PORT=0 (any free port) can be read back, as the crash test does.
    const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    console.log(`Vejviser-demo kører på ${origin} (kontaktside: ${origin}/kontakt.html, skranke: ${origin}/skranke, personale: ${origin}/personale.html)`);
  });
}
