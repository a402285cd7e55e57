/**
 * Property-based tests run with a fixed seed, so `npm test` is repeatable. To hunt wider:
 * FC_SEED=<any number> FC_RUNS=5000 npx vitest run test/unit/properties.test.ts test/api/properties.test.ts
 * A failure prints the seed and the path that reproduce it.
 */
import fc from 'fast-check';

export const propertySettings = {
  seed: Number(process.env.FC_SEED ?? 20261202),
  numRuns: Number(process.env.FC_RUNS ?? 300),
};

/** Text as citizens and attackers paste it: any Unicode, plus the characters that hide or turn text. */
export const hostileText = fc.array(fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.constantFrom('\u202e', '\u202d', '\u2066', '\u200b', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u0000', '\u0007', '\u001b', '\r\n', '\t') },
  { weight: 1, arbitrary: fc.constantFrom('jeg skal flytte', 'mistet mit pas', 'cpr', 'CPR-nr.', 'personnummer', 'æøå ÆØÅ', 'مرحبا', '你好') },
), { maxLength: 20 }).map((parts) => parts.join(''));
