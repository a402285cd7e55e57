/** Staff routes need `Authorization: Bearer TOKEN`; the token is compared in constant time. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http.ts';

/** A token for a demo run when none is configured: 24 random bytes, URL-safe. */
export const randomStaffToken = (): string => randomBytes(24).toString('base64url');

// Hashing both sides first gives equal lengths, so timingSafeEqual can compare any two strings.
const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Throws 401 unless the request carries the staff token. */
export function requireStaff(request: IncomingMessage, token: string): void {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (match && timingSafeEqual(digest(match[1]), digest(token))) return;
  throw new HttpError(401,
    { error: 'unauthorized', message: 'Kun for personale: angiv adgangsnøglen.' },
    { 'WWW-Authenticate': 'Bearer realm="vejviser-personale"' });
}
