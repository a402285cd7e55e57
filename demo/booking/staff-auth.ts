/** Staff routes need `Authorization: Bearer TOKEN`; the token is compared in constant time. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http.ts';

/** A token for a demo run when none is configured: 24 random bytes, URL-safe (32 characters). */
export const randomStaffToken = (): string => randomBytes(24).toString('base64url');

/** Shorter tokens can be guessed; a random one of this length cannot, even without throttling. */
export const minimumStaffTokenLength = 32;

/** Refuses to start with a short staff token, and says how to make a good one. */
export function assertStrongStaffToken(token: string): void {
  if (token.length >= minimumStaffTokenLength) return;
  throw new Error(`VEJVISER_STAFF_TOKEN er ${token.length} tegn; den skal være mindst ${minimumStaffTokenLength}. `
    + 'Lav en tilfældig nøgle, fx med: node -e "console.log(require(\'node:crypto\').randomBytes(24).toString(\'base64url\'))"');
}

// Hashing both sides first gives equal lengths, so timingSafeEqual can compare any two strings.
const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Whether the request carries the staff token. */
export function hasStaffToken(request: IncomingMessage, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match !== null && timingSafeEqual(digest(match[1]), digest(token));
}

/** Throws 401 unless the request carries the staff token. */
export function requireStaff(request: IncomingMessage, token: string): void {
  if (hasStaffToken(request, token)) return;
  throw new HttpError(401,
    { error: 'unauthorized', message: 'Kun for personale: angiv adgangsnøglen.' },
    { 'WWW-Authenticate': 'Bearer realm="vejviser-personale"' });
}
