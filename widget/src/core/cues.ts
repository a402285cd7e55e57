/**
 * What citizens tell about themselves on the way ("min mor kan ikke bruge computer", "jeg har ikke
 * MitID", "I am blind") says which route fits them, not which situation they mean. This finds such
 * cues, names the profile they point to, and returns the words without them, so "min mor kan ikke
 * bruge computer og skal flytte" is searched as "og skal flytte" and routed for someone who helps
 * another.
 *
 * - Something the citizen cannot do or lacks (`limits`) points to their own profile: no MitID or
 *   a disability that makes reading hard → help; cannot use a computer at all, or exempt → exempt.
 * - Said about a parent, a spouse, a neighbour … ("min far har ikke MitID"), or with "på vegne af",
 *   it points to proxy: the citizen helps someone else. A relative alone decides nothing: "min mor
 *   og jeg skal flytte" is two people moving.
 * - Children are left out on purpose: parents act for their own children, not by power of attorney.
 */
import type { Profile } from './route.ts';

/**
 * A pattern that starts and ends at word boundaries, Danish letters included, in any case. A word
 * followed by an apostrophe is possessive ("my mother's funeral"), which is about them, not for them.
 */
const words = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}'’])`, 'iu');

/** Who else the citizen may be helping (æ/ø/å may be written ae/oe/aa). */
const relatives = [
  'mor', 'far', 'mormor', 'morfar', 'farmor', 'farfar', 'bedstemor', 'bedstefar', 'svigermor', 'svigerfar',
  'mand', 'kone', 'nabo', 'onkel', 'moster', 'faster', 'for(?:æ|ae)ldre',
  '(?:grand)?mother', 'mom', 'mum', '(?:grand)?father', 'dad', 'husband', 'wife', 'neighbou?r', 'parents',
];
// No possessive -s: "min fars bisættelse" and "i stedet for min fars navn" are about the father.
const relative = `(?:min|mit|mine|my) (?:${relatives.join('|')})`;

/** What the citizen cannot do or lacks, and the profile it points to when it is their own. */
const limits: [RegExp, Profile][] = [
  [words("(?:har|ha) (?:ikke?|intet|ingen) (?:noget )?mit ?id|uden mit ?id|do(?:es)?(?:n'?t| not) have (?:a |any )?mit ?id|no mit ?id"), 'help'],
  [words('(?:er|am|is) (?:blind|ordblind|svagsynet|dyslexic|visually impaired)'), 'help'],
  [words("kan ikke? (?:finde ud af at )?(?:bruge|finde ud af) (?:en |den )?(?:computer(?:en)?|(?:inter)?nettet|pc(?:en)?|it)|can(?:'?t|not) use (?:a |the )?(?:computer|internet)"), 'exempt'],
  [words('(?:er|am|is) fritaget|(?:am|is) exempt'), 'exempt'],
];

/** Helping someone else, said outright. */
const onBehalf = words(`p(?:å|aa) vegne af|on behalf of|(?:for|hj(?:æ|ae)lper|helping|help) ${relative}`);
const aboutSomeone = words(relative);

/** What the cues say: the profile they point to (if any), the cues as written, and the words left to search. */
export interface Cues { profile?: Profile; cues: string[]; rest: string }

/** Reads a citizen's words for what they tell about themselves or the person they help. */
export function readCues(text: string): Cues {
  let rest = text;
  const cues: string[] = [];
  // `cut`: the words leave what is searched. "På vegne af" stays: acting for someone is itself
  // what some citizens ask about (digital fuldmagt).
  const take = (pattern: RegExp, cut: boolean) => {
    const found = pattern.exec(rest);
    if (!found) return false;
    cues.push(found[0]);
    if (cut) rest = `${rest.slice(0, found.index)} ${rest.slice(found.index + found[0].length)}`;
    return true;
  };
  let own: Profile | undefined;
  for (const [pattern, profile] of limits) if (take(pattern, true)) own ??= profile;
  const forSomeone = take(onBehalf, false);
  const aboutRelative = !forSomeone && own !== undefined && take(aboutSomeone, true);
  const profile = forSomeone || aboutRelative ? 'proxy' : own;
  return { profile, cues, rest: rest.replace(/\s+/g, ' ').trim() };
}
