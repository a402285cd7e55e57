/**
 * The whole way from a citizen's words to an outcome: scrub CPR numbers, search, decide
 * whether the best match is clearly best (answer), close to others (clarify) or not relevant (none),
 * and route the answer. The widget and the `ask` command both call this, so they cannot disagree.
 */
import type { CompiledKnowledge, CompiledSituation } from '../../../knowledge/compiler/compiled.ts';
import { scrubContactDetails, scrubCpr } from './cpr.ts';
import { readCues } from './cues.ts';
import type { Lang } from './phrases.ts';
import { emergencyRoute, routeFor, type NoticeCode, type Profile, type Route } from './route.ts';
import { assessRisk, type RiskAssessment } from './risk.ts';
import { nearestExamples } from './examples.ts';
import { rankWithExamples, search, type SearchHit, type SearchIndex } from './search.ts';
import { analyze } from './text.ts';

export type Status = 'answer' | 'clarify' | 'none' | 'emergency';

/** A ranked result as the contract shows it. */
export interface RankedResult { id: string; title: string; score: number }

/** The outcome of one query. */
export interface Triage {
  /** The query after scrubbing: a CPR number never appears here. */
  query: string;
  status: Status;
  results: RankedResult[];
  route?: Route;
  /** Notices about the query itself, e.g. `cpr-removed`. */
  notices: NoticeCode[];
  /** Signs of danger, when there are any: tier 1 comes as status `emergency`, tier 2 beside a normal outcome. */
  risk?: RiskAssessment;
  /**
   * The profile the citizen's own words point to ("min mor kan ikke bruge computer" → proxy) and
   * the words that said so, when no profile was given: the route follows it.
   */
  understood?: { profile: Profile; cues: string[] };
}

/**
 * Thresholds on the 0–1 score (the share of the query's most telling words a situation explains).
 * An answer needs a clearly best match: a score of at least `answer` with the runner-up below
 * `lead` × the top, or at least `alone` when no other situation is relevant at all. Anything else
 * at or above `relevant` asks "Mente du …?"; below `relevant` nothing is dressed up as a match.
 * Tuned with `npm run knowledge:queries` and checked on 170 queries written blind by someone who
 * never saw the search (130 in scope, 40 out): the `alone` rule took blind top-1 from 68 % to 85 %
 * for one confident wrong answer in 130, and `relevant` at 0.3 keeps every blind out-of-scope
 * query at an honest "none".
 */
export const thresholds = { answer: 0.45, lead: 0.8, alone: 0.3, relevant: 0.3, maxOptions: 3 } as const;

/** Longer input is cut: nobody describes an errand in more, and it bounds the work per query. */
export const maxQueryLength = 500;

/** Options for one triage. */
/** Options for one triage; without `profile`, the citizen's own words may set it (cues.ts), else self-service. */
export interface TriageOptions { profile?: Profile; at?: Date; lang?: Lang }

/** Decides the status from ranked hits. */
export function outcome(hits: SearchHit[]): { status: Status; shown: SearchHit[] } {
  const relevant = hits.filter((hit) => hit.score >= thresholds.relevant);
  const [top, second] = relevant;
  if (!top) return { status: 'none', shown: [] };
  const secondScore = second?.score ?? 0;
  const clearlyBest = (top.score >= thresholds.answer && secondScore < top.score * thresholds.lead)
    || (top.score >= thresholds.alone && !second);
  if (clearlyBest) {
    return { status: 'answer', shown: relevant.slice(0, thresholds.maxOptions) };
  }
  return { status: 'clarify', shown: relevant.slice(0, thresholds.maxOptions) };
}

/**
 * How similar (cosine, 0–1) the nearest citizen's phrasing must be to change the words' outcome.
 * Chosen on the development query set and 240 more out-of-scope questions written for tuning, so
 * that the editors' queries.tsv keeps its bars and at most one in 200 out-of-scope questions loses
 * its honest "none".
 */
export const exampleThresholds = {
  /** Offer the situations ranked by words and phrasings together instead of "none". */
  offer: 0.6,
  /** Answer where the words found nothing, if the nearest phrasing's situation also ranks first. */
  answerAlone: 0.6,
  /** Answer a clarification whose first option the nearest phrasing and the ranking agree on. */
  confirm: 0.5,
  /** Ask instead of answering when the nearest phrasing belongs to another situation … */
  overrule: 0.6,
  /** … unless the words match the answer's title or a synonym almost whole ("digital post"). */
  wordsWin: 0.9,
} as const;

/** A situation and how near the nearest of its phrasings is. */
export interface NearestPhrasing { situation: CompiledSituation; similarity: number }

/**
 * Weighs the words' outcome with the nearest phrasings (`ranked` is words and phrasings together).
 * Where the words found nothing, a near phrasing offers its situations, or answers when it is
 * very near and ranks first; where they were unsure, the combined ranking is offered, and answered
 * when the phrasing, the ranking and the words all agree; where they answered, a near phrasing of
 * another situation turns the answer into a question with both.
 */
export function withExamples(found: { status: Status; shown: SearchHit[] }, ranked: SearchHit[], nearest?: NearestPhrasing) {
  const { offer, answerAlone, confirm, overrule, wordsWin } = exampleThresholds;
  const similarity = nearest?.similarity ?? 0;
  const top = ranked.slice(0, thresholds.maxOptions);
  const leads = !!nearest && ranked[0]?.situation === nearest.situation;
  if (found.status === 'none') {
    if (leads && similarity >= answerAlone) return { status: 'answer' as const, shown: top };
    return similarity >= offer && top.length ? { status: 'clarify' as const, shown: top } : found;
  }
  if (found.status === 'answer') {
    if (!nearest || similarity < overrule || found.shown[0].score >= wordsWin || found.shown[0].situation === nearest.situation) return found;
    const near = ranked.find((hit) => hit.situation === nearest.situation)!;
    const others = found.shown.slice(1).filter((hit) => hit.situation !== nearest.situation);
    return { status: 'clarify' as const, shown: [found.shown[0], near, ...others].slice(0, thresholds.maxOptions) };
  }
  if (leads && similarity >= confirm && found.shown[0].situation === nearest.situation) return { status: 'answer' as const, shown: top };
  return { status: 'clarify' as const, shown: top.length ? top : found.shown };
}

function rankedResult({ situation, score }: SearchHit): RankedResult {
  return { id: situation.id, title: situation.title, score: Math.round(score * 100) / 100 };
}

/** The outcome for some words: the word search weighed with the nearest phrasings. */
function decide(index: SearchIndex, words: string) {
  const hits = search(index, words);
  const verdict = nearestExamples(index.examples(), words);
  const nearest = verdict.nearest && { situation: index.situations[verdict.nearest.situation], similarity: verdict.nearest.similarity };
  return withExamples(outcome(hits), rankWithExamples(index, hits, verdict), nearest);
}

/** Runs the citizen's words through scrubbing, search, outcome and routing. */
export function triage(knowledge: CompiledKnowledge, index: SearchIndex, input: string, options: TriageOptions = {}): Triage {
  // Scrub before cutting to length, so a CPR number cut in half can never slip through.
  const { text: scrubbed, removed } = scrubCpr(input);
  // E-mail addresses and phone numbers find nothing and would go on into the site-search link.
  const query = scrubContactDetails(scrubbed).text.slice(0, maxQueryLength);
  const notices: NoticeCode[] = removed ? ['cpr-removed'] : [];
  const at = options.at ?? new Date();
  // What the citizen tells about themselves sets the route, never the situation: those words are
  // left out of the search unless nothing else is left ("har ikke MitID" is about MitID).
  const cues = readCues(query);
  const understood = !options.profile && cues.profile ? { profile: cues.profile, cues: cues.cues } : undefined;
  const profile = options.profile ?? understood?.profile ?? 'self';
  const rest = analyze(cues.rest).length > 0 ? cues.rest : query;
  // Safety before search, on every query. Under clear danger nothing else is shown: a loose match
  // next to 112 would read as advice, and a confident answer about something else as a brush-off.
  const risk = assessRisk(knowledge.risk, query);
  if (risk.tier === 1) {
    const route = emergencyRoute(knowledge, profile, at, options.lang, risk.numbers);
    if (removed) route.notices.unshift('cpr-removed');
    return { query, status: 'emergency', results: [], route, notices: [...notices, 'emergency'], risk, ...(understood && { understood }) };
  }
  // The words without the cues, unless those find nothing: "på vegne af min mor" is about acting
  // for someone, so there the cues are what the citizen is asking about.
  let found = decide(index, rest);
  if (found.status === 'none' && rest !== query) found = decide(index, query);
  const { shown } = found;
  let { status } = found;
  // Beside possible danger, a confident answer about something unrelated would read as a brush-off:
  // it is offered as "Mente du …?" instead, unless it is a situation about that very danger.
  if (risk.tier === 2 && status === 'answer' && !answerFitsRisk(knowledge, risk, shown[0].situation)) status = 'clarify';
  const results = shown.map(rankedResult);
  const top = shown[0]?.situation;
  const route = top && status !== 'none' ? routeFor(knowledge, top, profile, at, options.lang) : undefined;
  if (route && removed) route.notices.unshift('cpr-removed');
  const extra = understood && { understood };
  if (risk.tier === 2) return { query, status, results, route, notices: [...notices, 'possible-danger'], risk, ...extra };
  return { query, status, results, route, notices, ...extra };
}

/**
 * Whether a situation may be answered beside signs of danger: an urgent situation (a child at
 * risk) or one the risk vocabulary names for that kind of danger (address protection for violence).
 */
export function answerFitsRisk(knowledge: CompiledKnowledge, risk: RiskAssessment, situation: CompiledSituation): boolean {
  if (situation.urgent) return true;
  return (knowledge.risk?.kinds ?? []).some((kind) => risk.kinds.includes(kind.id) && (kind.situations ?? []).includes(situation.id));
}
