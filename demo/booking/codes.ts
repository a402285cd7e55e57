/** Identifiers and the citizen's reference code. */
import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto';

/** Ids are random UUIDs: they appear in URLs and must not reveal how many bookings there are. */
export const newId = (): string => randomUUID();

export const idShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// No 0/O, 1/I/L: the code is read aloud over the phone and typed from a printout.
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * "K7MQ-2PXA": 8 characters from 31, about 40 bits. The code is what proves a citizen may cancel or
 * download a booking, so it must not be guessable from the id or from other codes.
 */
export function newReferenceCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += alphabet[randomInt(alphabet.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Codes as typed by people: case, spaces and dashes do not matter. */
const normalise = (code: string): string => code.toUpperCase().replace(/[\s-]/g, '');

/** Whether a typed code matches, compared in constant time so timing reveals nothing. */
export function codesMatch(typed: string, stored: string): boolean {
  const a = Buffer.from(normalise(typed));
  const b = Buffer.from(normalise(stored));
  return a.length === b.length && timingSafeEqual(a, b);
}
