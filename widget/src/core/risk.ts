/**
 * The risk detector: reads the citizen's words for signs that someone is in danger now, before any
 * search. The vocabulary is the editors' and safety reviewers' (knowledge/risk.yaml,
 * compiled into knowledge.json); the logic that weighs it lives here, because it must be tested:
 *
 * - Evidence adds up. A `clear` sign alone is danger (tier 1: only the emergency route is shown);
 *   a `possible` sign alone shows the numbers above the normal answer (tier 2); two possible signs,
 *   or a possible and two weak ones, make tier 1. A miss costs a life and a false alarm a line on
 *   the screen, so the bar for tier 1 is low.
 * - Figures of speech ("jeg dør af grin", "killer tilbud") are removed before anything is matched.
 * - A sign right after a negation ("har ikke ondt i brystet") does not count, and the same words
 *   count once however many signs describe them.
 * - Time: danger in the past or the future ("for to år siden", "der sker snart en ulykke") is not
 *   danger now, unless the text also says now ("han slog mig i går og står udenfor nu"). Thoughts of
 *   suicide are the exception: they stay at tier 2 whenever they are mentioned.
 * - Words that say it is over ("har det godt nu", "i'm fine now") cancel everything.
 * - An errand or a hypothetical question ("kan jeg få hemmelig adresse", "hvad gør man hvis") caps
 *   the tier at 2, unless the message holds two clear signs of danger.
 *
 * Matching is forgiving because people in a hurry type badly: æ/ø/å may be written ae/oe/aa or
 * a/o/a, words of six letters or more tolerate one typo (not in the first letter, and never when
 * the word is itself one the vocabulary uses), compounds can be caught by their ending (`*gulvet`),
 * and one word may stand between the words of a phrase.
 */
import { loose, riskWords, stemmed } from './risk-words.ts';
import { riskProbability, type RiskModel } from './risk-model.ts';

export { riskWords };

/** A number to call, resolved at build time (national ones from risk.yaml, local from municipality.yaml). */
export interface RiskNumber { id: string; label: string; phone: string; when: string }

/** One kind of danger and its signs, as editors wrote them. */
export interface RiskKind {
  id: string;
  name: string;
  /** Ids of the numbers to show for this kind, most important first. */
  numbers: string[];
  clear: string[];
  possible: string[];
  weak: string[];
  /** Situations that may be answered beside the numbers for this kind. */
  situations?: string[];
}

/** The compiled vocabulary (knowledge.json `risk`). */
export interface CompiledRisk {
  numbers: RiskNumber[];
  kinds: RiskKind[];
  markers: { now: string[]; notNow: string[]; resolved?: string[]; errand: string[]; figurative: string[] };
  /** Spellings of short words that should read as the word: `{ ikke: ['ikk', 'ik'] }`. */
  spellings: Record<string, string[]>;
  /** Everyday words read only as written, never as a typo or an inflection of a sign ("skriver" is not "skriger", "gift" is married). */
  notTypos?: string[];
  /** Named groups of words, used in signs as `$name`: `{ barn: ['barn', 'børn', 'baby'] }`. */
  concepts?: Record<string, string[]>;
  /** The trained model that weighs the vocabulary's verdict (knowledge/risk-model.json). */
  model?: RiskModel;
}

/** 1: someone is in danger now; 2: possibly; 0: no sign of danger. */
export type RiskTier = 0 | 1 | 2;

/** What the detector found. */
export interface RiskAssessment {
  tier: RiskTier;
  /** The kinds of danger found, strongest first. */
  kinds: string[];
  /** The numbers to show, 112 first, without repeats. */
  numbers: RiskNumber[];
  /** The patterns that matched, for editors (`ask --json`) and tests. */
  evidence: string[];
}

/** What a sign of each strength weighs, and a word saying it happens now; tier 1 at `tierOne`, tier 2 at `tierTwo`. */
export const riskWeights = { clear: 2, possible: 1, weak: 0.5, now: 0.5, fewWords: 4, errand: 1.5, beyondErrand: 4, tierOne: 1.5, tierTwo: 1 } as const;

/**
 * How the model's probability moves the vocabulary's tier. The vocabulary decides the kind of
 * danger and the numbers; the model, which has read how thousands of people write, may:
 * - keep a tier-1 finding at tier 2 when it doubts the words are about danger now
 *   ("afbrændingsforbud lige nu"): the numbers stay on screen above the answer;
 * - lift a tier-2 finding to tier 1 when it agrees there is danger;
 * - drop a tier-2 finding when it is all but sure the words are used about something else ("død kat
 *   på fortovet"), except for the kinds of danger people write about quietly, inside an errand
 *   (`quietKinds`): their numbers always stay on screen;
 * - raise an alarm the vocabulary missed: tier 2 when it is quite sure, tier 1 when it is all but
 *   certain, with 112 as the number because it cannot tell the kind.
 * It never doubts the vocabulary in a message of fewer than `doubtFrom` words: a few words carry
 * too little for the model ("jeg vil tage mit eget liv"), and people in danger type little.
 * Chosen on messages from seven writers that neither the vocabulary nor the model had seen, each
 * scored by a model trained without them (docs/ARCHITECTURE.md has the numbers).
 */
export const riskModelThresholds = { keepTierOne: 0.3, liftToTierOne: 0.8, keepTierTwo: 0.05, aloneTierTwo: 0.95, aloneTierOne: 0.995, doubtFrom: 9 } as const;

/** Danger that people tell quietly or inside an errand ("min eks truer mig, hvordan får jeg hemmelig adresse"). */
const quietKinds = new Set(['suicide', 'violence', 'stalking', 'child']);

/** Words that turn the sign right after them around. */
const negations = new Set(['ikke', 'ingen', 'intet', 'aldrig', 'not', 'no', 'never', 'dont', 'doesnt', 'didnt']);

/** Whether two words differ by at most one edit (insert, delete, substitute or swap two neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A pattern word as the text's words are written: folded, loose, without apostrophes. */
function stemOf(alternative: string): string {
  return loose(alternative.replace(/\*$/, '').replace(/['’`´]/g, ''));
}

/** Words this long or longer tolerate one typo. */
const typoLength = 7;

/** How many other words may stand between two words of a phrase. */
const maxGap = 1;

/** The id of `*`, which stands for any word. */
const anyWord = -1;

/** Which pattern words each word of a message is, position by position. */
interface Reading { at: Set<number>[]; all: Set<number> }

/**
 * Every pattern word of the vocabulary ("slår|sparker", "bløde*", "$barn" expanded), with indexes
 * from a message's words to the pattern words they are: so a message is read once, word by word,
 * instead of once per sign. Matching rules per alternative:
 * - exact, as the text's words are folded ("søen", "soeen" and "soen" meet);
 * - the same Danish stem, for stems of four letters or more ("falder", "faldt", "faldet");
 *   short stems collide ("møde" and "mod"), and strict patterns (markers) never use stems;
 * - `ord*` any ending and `*ord` any beginning (compounds: "badeværelsesgulvet");
 * - one typo in words of seven letters or more, never in the first letter ("hallen" is not
 *   "fallen"), and never for a word the vocabulary itself uses ("piller" is not "killer") or one
 *   editors list as literal (`notTypos`); strict patterns never take typos.
 */
class Lexicon {
  private readonly keys = new Map<string, number>();
  private readonly exact = new Map<string, number[]>();
  private readonly roots = new Map<string, number[]>();
  private readonly prefixes: [string, number][] = [];
  private readonly suffixes: [string, number][] = [];
  private readonly typos = new Map<string, [string, number][]>();
  private readonly words = new Map<string, Set<number>>();
  private readonly readings = new WeakMap<string[], Reading>();

  constructor(private readonly known: Set<string>, private readonly literal: Set<string>) {}

  /** The id of a pattern word; the same word written twice shares one id. */
  id(source: string, strict: boolean): number {
    if (source === '*') return anyWord;
    const key = `${strict ? 's' : 'l'}:${source}`;
    let id = this.keys.get(key);
    if (id !== undefined) return id;
    id = this.keys.size;
    this.keys.set(key, id);
    for (const alternative of source.split('|')) {
      const stem = stemOf(alternative.replace(/^\*/, ''));
      if (alternative.endsWith('*')) this.prefixes.push([stem, id]);
      else if (alternative.startsWith('*')) this.suffixes.push([stem, id]);
      else {
        push(this.exact, stem, id);
        const root = stemmed(stem);
        if (!strict && root.length >= 4) push(this.roots, root, id);
        if (!strict && stem.length >= typoLength) push(this.typos, stem[0], [stem, id]);
      }
    }
    return id;
  }

  /** The pattern words one word of a message is. */
  private of(word: string): Set<number> {
    let found = this.words.get(word);
    if (found) return found;
    found = new Set(this.exact.get(word));
    for (const [prefix, id] of this.prefixes) if (word.startsWith(prefix)) found.add(id);
    for (const [suffix, id] of this.suffixes) if (word.endsWith(suffix)) found.add(id);
    if (!this.literal.has(word)) {
      for (const id of this.roots.get(stemmed(word)) ?? []) found.add(id);
      if (!this.known.has(word)) {
        for (const [stem, id] of this.typos.get(word[0]) ?? []) if (withinOneEdit(stem, word)) found.add(id);
      }
    }
    if (this.words.size > 20_000) this.words.clear();
    this.words.set(word, found);
    return found;
  }

  /** A message's words read once; an empty word (a sentence end, a figure of speech) is nothing. */
  read(words: string[]): Reading {
    let reading = this.readings.get(words);
    if (!reading) {
      const at = words.map((word) => (word === '' ? new Set<number>() : this.of(word)));
      reading = { at, all: new Set(at.flatMap((ids) => [...ids])) };
      this.readings.set(words, reading);
    }
    return reading;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Alternative phrases (" / "); returns every span where one of them is found. A phrase with "ikke"
 * also matches with "ikke" before the verb, as Danish subordinate clauses and learners write it:
 * "kan ikke trække vejret" finds "… at han ikke kan trække vejret".
 */
function phraseMatcher(source: string, lexicon: Lexicon, strict = false) {
  const alternatives = source.split(/\s\/\s/).flatMap(withIkkeFirst).map((phrase) => singlePhraseMatcher(phrase, lexicon, strict));
  return (words: string[]) => alternatives.flatMap((matches) => matches(words));
}

function withIkkeFirst(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  const at = words.indexOf('ikke');
  if (at <= 0) return [phrase];
  const swapped = [...words];
  [swapped[at - 1], swapped[at]] = [swapped[at], swapped[at - 1]];
  return [phrase, swapped.join(' ')];
}

/** Where a phrase was found: from `start` up to `end`, and the positions of the words it matched (not the words between). */
interface Span { start: number; end: number; matched: number[] }

/** A phrase: words in order, with at most `maxGap` words between them, never across a sentence. */
function singlePhraseMatcher(source: string, lexicon: Lexicon, strict: boolean) {
  const ids = source.trim().split(/\s+/).map((word) => lexicon.id(word, strict));
  const gap = strict ? 0 : maxGap;
  return (words: string[]): Span[] => {
    const { at, all } = lexicon.read(words);
    // Most phrases are over at once: their first word is nowhere in the message.
    if (ids.some((id) => id !== anyWord && !all.has(id))) return [];
    const is = (position: number, id: number) => words[position] !== '' && (id === anyWord || at[position].has(id));
    const from = (index: number, position: number): number[] | undefined => {
      if (index === ids.length) return [];
      for (let next = position; next <= Math.min(words.length - 1, position + gap); next++) {
        if (words[next] === '') return undefined;
        if (is(next, ids[index])) {
          const rest = from(index + 1, next + 1);
          if (rest) return [next, ...rest];
        }
      }
      return undefined;
    };
    const spans: Span[] = [];
    for (let start = 0; start < words.length; start++) {
      if (!is(start, ids[0])) continue;
      const rest = from(1, start + 1);
      if (rest) {
        const matched = [start, ...rest];
        spans.push({ start, end: matched[matched.length - 1] + 1, matched });
      }
    }
    return spans;
  };
}

/** A sign: parts joined by " + " that must all be found, each not right after a negation. */
function signMatcher(source: string, lexicon: Lexicon, strict = false) {
  const matchAt = signPositions(source, lexicon, strict);
  return (words: string[]) => matchAt(words) !== undefined;
}

/** Where a sign was found: the words it matched, and how many words its longest phrase matched. */
interface SignMatch { positions: number[]; longest: number }

/**
 * Like a sign, but returns the positions of the words it matched (undefined when it is not found);
 * a word standing between the words of a phrase is not the sign's, so "slå mig [selv] ihjel" leaves
 * "selv" for the sign that names it.
 */
function signPositions(source: string, lexicon: Lexicon, strict = false) {
  const parts = source.split(/\s\+\s/).map((part) => phraseMatcher(part, lexicon, strict));
  return (words: string[]): SignMatch | undefined => {
    const positions: number[] = [];
    let longest = 0;
    for (const part of parts) {
      const span = part(words).find(({ start }) => !negated(words, start));
      if (!span) return undefined;
      positions.push(...span.matched);
      longest = Math.max(longest, span.matched.length);
    }
    return { positions, longest };
  };
}

/** Whether the word right before `start` is a negation ("har ikke ondt i brystet"). */
function negated(words: string[], start: number): boolean {
  return start > 0 && negations.has(words[start - 1]);
}

/** A figure of speech: its parts (" + ") must all be found; then every part's words are blanked. */
function figureMatcher(source: string, lexicon: Lexicon) {
  const parts = source.split(/\s\+\s/).map((part) => phraseMatcher(part, lexicon, true));
  return (words: string[]) => {
    const found = parts.map((part) => part(words));
    return found.every((spans) => spans.length) ? found.flat() : [];
  };
}

/** Blanks the words of every figure of speech, so they neither match a sign nor negate one. */
function withoutFigures(words: string[], figures: ReturnType<typeof figureMatcher>[]): string[] {
  const kept = [...words];
  for (const figure of figures) {
    for (const { start, end } of figure(words)) kept.fill('', start, end);
  }
  return kept;
}

interface PreparedRisk {
  spellings: Map<string, string>;
  figures: ReturnType<typeof figureMatcher>[];
  now: ((words: string[]) => boolean)[];
  notNow: ((words: string[]) => boolean)[];
  resolved: ((words: string[]) => boolean)[];
  errand: ((words: string[]) => boolean)[];
  kinds: { kind: RiskKind; signs: { source: string; weight: number; positions: (words: string[]) => SignMatch | undefined }[] }[];
}

/** Patterns are turned into matchers once per knowledge. */
const prepared = new WeakMap<CompiledRisk, PreparedRisk>();

function prepare(risk: CompiledRisk): PreparedRisk {
  let ready = prepared.get(risk);
  if (ready) return ready;
  const spellings = new Map<string, string>();
  for (const [word, variants] of Object.entries(risk.spellings)) {
    for (const variant of variants) spellings.set(loose(variant), loose(word));
  }
  const concepts = risk.concepts ?? {};
  // `$barn` in a sign stands for every word of the concept, as if written barn|børn|baby.
  const expand = (source: string) => source.replace(/\$([a-z0-9-]+)/g, (_, name: string) => (concepts[name] ?? [name]).join('|'));
  const markers = Object.fromEntries(Object.entries(risk.markers).map(([group, list]) => [group, list.map(expand)])) as CompiledRisk['markers'];
  const { now, notNow, errand, figurative } = markers;
  const resolved = markers.resolved ?? [];
  const patterns = [...now, ...notNow, ...resolved, ...errand, ...figurative, ...risk.kinds.flatMap((kind) => [...kind.clear, ...kind.possible, ...kind.weak].map(expand))];
  const literal = new Set((risk.notTypos ?? []).map(stemOf));
  // Words read exactly, never as someone's typo of another word: every word the vocabulary itself
  // uses ("piller" is not a typo of "killer") and the real words editors list (`notTypos`).
  const known = new Set([...patterns.flatMap((pattern) => pattern.split(/[\s|]+/)).filter((word) => /^[^*+/]+$/.test(word)).map(stemOf), ...literal]);
  const lexicon = new Lexicon(known, literal);
  // Markers only qualify a sign, so they are read strictly, as written, with no word between: a
  // typo, an inflection or a gap would turn "sometime" into "sometimes", "drillet" into "drill"
  // and "kan vi ikke få fat i" into the errand "kan vi få".
  const marker = (source: string) => signMatcher(source, lexicon, true);
  ready = {
    spellings,
    figures: figurative.map((source) => figureMatcher(source, lexicon)),
    now: now.map(marker),
    notNow: notNow.map(marker),
    resolved: resolved.map(marker),
    errand: errand.map(marker),
    kinds: risk.kinds.map((kind) => ({
      kind,
      // `source` stays as the editors wrote it, so the evidence reads like risk.yaml.
      signs: [
        ...kind.clear.map((source) => ({ source, weight: riskWeights.clear })),
        ...kind.possible.map((source) => ({ source, weight: riskWeights.possible })),
        ...kind.weak.map((source) => ({ source, weight: riskWeights.weak })),
      ].map((found) => ({ ...found, positions: signPositions(expand(found.source), lexicon) })),
    })),
  };
  prepared.set(risk, ready);
  return ready;
}

/** The kinds of danger whose signs stay in force whatever the time: suicidal thoughts. */
const lastingKinds = new Set(['suicide']);

const noRisk: RiskAssessment = { tier: 0, kinds: [], numbers: [], evidence: [] };

function tierFor(score: number): RiskTier {
  if (score >= riskWeights.tierOne) return 1;
  return score >= riskWeights.tierTwo ? 2 : 0;
}

/**
 * Reads the text for danger now: the vocabulary's verdict, weighed by the model when the knowledge
 * carries one. Without a vocabulary (a knowledge file without `risk`) nothing is found.
 * `probability` stands in for the model's own, so a model trained without a message can be scored
 * on it (`npm run knowledge:risk -- --cross-validate`).
 */
export function assessRisk(risk: CompiledRisk | undefined, text: string, probability?: number): RiskAssessment {
  if (!risk) return noRisk;
  const found = assessByVocabulary(risk, text);
  const short = riskWords(text).filter((word) => word !== '').length < riskModelThresholds.doubtFrom;
  if (probability !== undefined) return weighedByModel(risk, found, probability, short);
  return risk.model ? weighedByModel(risk, found, riskProbability(risk.model, text), short) : found;
}

function weighedByModel(risk: CompiledRisk, found: RiskAssessment, probability: number, short: boolean): RiskAssessment {
  const { keepTierOne, liftToTierOne, keepTierTwo, aloneTierOne, aloneTierTwo } = riskModelThresholds;
  const evidence = [...found.evidence, `model: ${probability.toFixed(2)}`];
  const doubted = !short && probability < keepTierOne;
  if (found.tier === 1) return { ...found, tier: doubted ? 2 : 1, evidence };
  if (found.tier === 2) {
    if (!short && probability < keepTierTwo && !found.kinds.some((kind) => quietKinds.has(kind))) return noRisk;
    return { ...found, tier: probability >= liftToTierOne ? 1 : 2, evidence };
  }
  if (probability < aloneTierTwo) return found;
  const alarm = risk.numbers.filter(({ phone }) => phone === '112');
  return { tier: probability >= aloneTierOne ? 1 : 2, kinds: [], numbers: alarm, evidence };
}

/** The vocabulary's verdict alone. */
function assessByVocabulary(risk: CompiledRisk, text: string): RiskAssessment {
  const ready = prepare(risk);
  const words = withoutFigures(riskWords(text, ready.spellings), ready.figures);
  // The same words count once: "slår mig ihjel" is one threat even if two signs describe it, and
  // "bange" written under several kinds is one fear. Strongest signs are counted first; a sign
  // counts only if it uses a word no counted sign has used.
  // Among signs of the same strength the one with the longer phrase is the more specific and counts
  // first: "slå mig selv ihjel" is a thought of suicide before it is "slå mig ihjel".
  const hits = ready.kinds.flatMap(({ kind, signs }) => signs.flatMap((sign) => {
    const match = sign.positions(words);
    return match ? [{ kind, sign, ...match }] : [];
  })).sort((a, b) => b.sign.weight - a.sign.weight || b.longest - a.longest);
  const usedWords = new Set<number>();
  const counted = hits.filter(({ positions }) => {
    if (positions.every((at) => usedWords.has(at))) return false;
    positions.forEach((at) => usedWords.add(at));
    return true;
  });
  const found = ready.kinds.map(({ kind }) => {
    const matched = counted.filter((hit) => hit.kind === kind).map(({ sign }) => sign);
    return { kind, matched, score: matched.reduce((sum, sign) => sum + sign.weight, 0) };
  }).filter(({ score }) => score > 0);
  // Weak signs ("bange", "hvad skal jeg gøre") only ever add to a possible or a clear one.
  if (found.length === 0 || counted.every(({ sign }) => sign.weight < riskWeights.possible)) return noRisk;
  // "Har det godt nu": the danger is over, whatever it was.
  if (ready.resolved.some((matches) => matches(words))) return noRisk;

  const now = ready.now.some((matches) => matches(words));
  const notNow = !now && ready.notNow.some((matches) => matches(words));
  const errand = !now && ready.errand.some((matches) => matches(words));

  let tier: RiskTier;
  let kept = found;
  if (notNow) {
    // Past or future danger is not danger now; suicidal thoughts still get the numbers.
    kept = found.filter(({ kind }) => lastingKinds.has(kind.id));
    tier = tierFor(sum(kept)) > 0 ? 2 : 0;
  } else if (errand && sum(found) < riskWeights.beyondErrand) {
    // An errand that mentions danger ("min eks truer mig, kan jeg få hemmelig adresse"): the
    // numbers above the answer, and only on more than one weak sign. Two clear signs are danger
    // whatever else the message asks ("angående min ansøgning … hun trækker ikke vejret").
    tier = sum(found) >= riskWeights.errand ? 2 : 0;
  } else {
    // A sign of possible danger that is happening now ("lige nu", "i aften") weighs more, and so
    // does one in a message of a few words: "mor ligger på gulv", "kniv", "kan ikke mere" carry
    // no other context, and people in danger type little.
    const score = sum(found);
    const short = score >= riskWeights.tierTwo && words.filter((word) => word !== '').length <= riskWeights.fewWords;
    tier = tierFor(score + (now || short ? riskWeights.now : 0) + (short ? riskWeights.now : 0));
  }
  if (tier === 0) return noRisk;

  kept = [...kept].sort((a, b) => b.score - a.score);
  const byId = new Map(risk.numbers.map((number) => [number.id, number]));
  const numbers = [...new Set(kept.flatMap(({ kind }) => kind.numbers))]
    .map((id) => byId.get(id))
    .filter((number): number is RiskNumber => !!number)
    .sort((a, b) => Number(b.phone === '112') - Number(a.phone === '112'));
  return {
    tier,
    kinds: kept.map(({ kind }) => kind.id),
    numbers,
    evidence: kept.flatMap(({ kind, matched }) => matched.map((sign) => `${kind.id}: ${sign.source}`)),
  };
}

function sum(found: { score: number }[]): number {
  return found.reduce((total, { score }) => total + score, 0);
}
