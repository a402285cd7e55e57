/** JSON over node:http: replies with the API's headers, request bodies read with a size limit. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Request bodies are small forms; anything bigger is refused before it is read into memory. */
export const maxBodyBytes = 10 * 1024;

/** Headers every API answer carries: never cached (personal data), never sniffed, no cookies set. */
const apiHeaders = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** An answer other than success, thrown by handlers and turned into JSON by the router. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error: string; message: string; fields?: Record<string, string> },
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
  }
}

/** A 400 with a Danish message per field. */
export const invalid = (fields: Record<string, string>): HttpError =>
  new HttpError(400, { error: 'invalid', message: 'Nogle af oplysningerne er ikke udfyldt rigtigt.', fields });

export const notFound = (message = 'Findes ikke.'): HttpError => new HttpError(404, { error: 'not-found', message });

export function sendJson(request: IncomingMessage, response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...apiHeaders,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(request.method === 'HEAD' ? undefined : text);
}

/** Sends a non-JSON payload (the calendar file) with the same caching rules. */
export function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  response.writeHead(status, { ...apiHeaders, ...headers, 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

const tooLarge = () => new HttpError(413, { error: 'too-large', message: 'Forespørgslen er for stor.' }, { Connection: 'close' });

/** Reads the body as text, refusing more than `maxBodyBytes` (by Content-Length up front, or while streaming). */
export async function readBody(request: IncomingMessage): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (declared > maxBodyBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** True for `application/json`, with or without parameters such as `; charset=utf-8`. */
const isJson = (contentType: string | undefined): boolean => /^application\/json\s*(;|$)/i.test(contentType ?? '');

/**
 * Reads and parses a JSON object body. Any other Content-Type is a 415: a form post or text/plain
 * body is what a cross-site page can send without asking, so the API never reads one.
 */
export async function readJsonObject(request: IncomingMessage): Promise<Record<string, unknown>> {
  if (!isJson(request.headers['content-type'])) {
    throw new HttpError(415, { error: 'unsupported-media-type', message: 'Send forespørgslen som JSON med Content-Type: application/json.' }, { Connection: 'close' });
  }
  const text = await readBody(request);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The parser's message quotes the input, which may hold personal data: it is never passed on.
    throw new HttpError(400, { error: 'malformed', message: 'Forespørgslen er ikke gyldig JSON.' });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, { error: 'malformed', message: 'Forespørgslen skal være et JSON-objekt.' });
  }
  return value as Record<string, unknown>;
}
