/**
 * The phone hand-off's words in Danish and English. They load with the hand-off chunk, so a
 * widget that never shows a QR code never downloads them.
 */
import type { Lang } from '../core/phrases.ts';

/** Danish, the default. */
export const da = {
  heading: 'Fortsæt på din telefon',
  instruction: 'Scan koden med kameraet på din telefon. Så ser du det samme svar.',
  qrLabel: 'QR-kode med linket til svaret',
  typeIt: 'Eller skriv adressen:',
  close: 'Luk',
};

/** The hand-off's strings; every language has the same keys as Danish. */
export type HandoffStrings = typeof da;

/** English. */
export const en: HandoffStrings = {
  heading: 'Continue on your phone',
  instruction: 'Scan the code with your phone’s camera. Then you will see the same answer.',
  qrLabel: 'QR code with the link to the answer',
  typeIt: 'Or type the address:',
  close: 'Close',
};

/** The hand-off's strings in `lang`. */
export function handoffStrings(lang: Lang): HandoffStrings {
  return lang === 'en' ? en : da;
}
