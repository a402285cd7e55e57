/**
 * The texts citizens read, gathered for the LIX check: the editors' summaries, the widget's Danish
 * interface strings and the route texts the rules write ("Hvorfor foreslår vi det?"). Shared by
 * the unit test and `npm run lix`, so the test and the editors' report measure the same texts.
 */
import type { CompiledKnowledge } from './compiler/compiled.ts';
import { averageLix, lix, type LixResult } from './compiler/lix.ts';
import { emergencyRoute, profiles, routeFor } from '../widget/src/core/route.ts';
import { da as bookingDa } from '../widget/src/booking/strings.ts';
import { da } from '../widget/src/i18n/strings.ts';

/** The highest LIX allowed for a summary, an interface sentence or a route explanation. */
export const maxLix = 40;

/**
 * A text must have at least this many words to be scored on its own. The LIX of a two-word label
 * is noise ("Ny samtale" scores 52 for one long word), so shorter texts only count in the pooled score.
 */
export const minWordsForOwnScore = 5;

/** One text and where it comes from: a situation id, a key in strings.ts or a route. */
export interface PlainText {
  where: string;
  text: string;
}

/** Each situation's summary, as citizens see it under the title. */
export function summaryTexts(knowledge: CompiledKnowledge): PlainText[] {
  return knowledge.situations.map((situation) => ({ where: situation.id, text: situation.summary }));
}

// Plausible values for the placeholders in strings.ts, by parameter name, so a template is scored
// the way a citizen reads it ("Ring til Borgerservice", not "Ring til undefined").
const sampleArguments: Record<string, string | number> = {
  name: 'Borgerservice',
  said: 'min mor, kan ikke bruge computer',
  title: 'Flytning',
  phone: '12 34 56 78',
  address: 'Torvet 1, 1234 Eksempelby',
  hours: 'mandag til fredag kl. 10-15',
  next: 'i morgen kl. 9',
  count: 3,
};

/** The parameter names of a function, read from its source (the strings are small arrow functions). */
function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const source = fn.toString();
  const list = source.match(/^(?:async\s*)?(?:function\s*[\w$]*\s*)?\(([^)]*)\)/)?.[1] ?? source.match(/^([\w$]+)\s*=>/)?.[1] ?? '';
  const names = list.split(',').map((part) => part.trim().replace(/[=:?].*$/s, '').trim()).filter(Boolean);
  // Fall back to the declared arity if the source could not be read (e.g. a minified build).
  return names.length > 0 ? names : Array.from({ length: fn.length }, () => 'name');
}

/** Calls a template with sample arguments; an unknown placeholder gets an ordinary name. */
function fillTemplate(fn: (...args: unknown[]) => unknown): string {
  const args = parameterNames(fn).map((name) => sampleArguments[name] ?? 'Borgerservice');
  return String(fn(...args));
}

/**
 * Every Danish interface string in widget/src/i18n/strings.ts and the booking screens'
 * widget/src/booking/strings.ts, walking nested groups (profiles, notices) and filling templates.
 * It walks whatever is there, so new strings are checked as added.
 */
export function uiTexts(strings: object = { ...da, booking: bookingDa }): PlainText[] {
  const found: PlainText[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') found.push({ where: path, text: value });
    else if (typeof value === 'function') found.push({ where: `${path}(…)`, text: fillTemplate(value as (...args: unknown[]) => unknown) });
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
    }
  };
  walk(strings, '');
  return found;
}

/** Route texts split by kind: `why` is a sentence and is scored alone; step labels only pooled. */
export interface RouteTexts {
  why: PlainText[];
  labels: PlainText[];
}

/**
 * The route texts for every situation and every profile, plus the emergency route. `at` only moves
 * open/closed, which is not scored. Each distinct text is kept once: the same "why" for forty
 * situations would otherwise weigh forty times in the pooled score.
 */
export function routeTexts(knowledge: CompiledKnowledge, at = new Date('2026-11-23T10:00:00+01:00')): RouteTexts {
  const why = new Map<string, string>();
  const labels = new Map<string, string>();
  // Routes are composed in Danish unless asked otherwise, which is what is measured here.
  const routes = knowledge.situations.flatMap((situation) => profiles.map((profile) => routeFor(knowledge, situation, profile, at)));
  routes.push(emergencyRoute(knowledge, 'self', at));
  for (const route of routes) {
    if (!why.has(route.why)) why.set(route.why, `${route.situation}/${route.profile}`);
    for (const step of route.steps) {
      if (!labels.has(step.label)) labels.set(step.label, `${route.situation}/${route.profile}/${step.channel}`);
    }
  }
  const list = (texts: Map<string, string>) => [...texts].map(([text, where]) => ({ where, text }));
  return { why: list(why), labels: list(labels) };
}

/** A text scored on its own. */
export interface ScoredText extends PlainText {
  lix: LixResult;
}

/** Scores each text, hardest first. */
export function scoreTexts(texts: PlainText[]): ScoredText[] {
  return texts.map((text) => ({ ...text, lix: lix(text.text) })).sort((a, b) => b.lix.score - a.lix.score);
}

/** The texts long enough to be scored on their own that are over the limit. */
export function overLimit(texts: PlainText[]): ScoredText[] {
  return scoreTexts(texts).filter(({ lix: result }) => result.words >= minWordsForOwnScore && result.score > maxLix);
}

/** A LIX in Danish notation with one decimal: 31,4. */
export function formatLix(score: number): string {
  return score.toFixed(1).replace('.', ',');
}

/** The numbers in the one-line report. */
export interface LixSummary {
  summaries: { pooled: LixResult; count: number; highest: number };
  ui: LixResult;
  routes: LixResult;
}

/** Measures all three groups of texts. */
export function measure(knowledge: CompiledKnowledge): LixSummary {
  const summaries = summaryTexts(knowledge);
  const routes = routeTexts(knowledge);
  return {
    summaries: {
      pooled: averageLix(summaries.map(({ text }) => text)),
      count: summaries.length,
      highest: Math.max(0, ...summaries.map(({ text }) => lix(text).score)),
    },
    ui: averageLix(uiTexts().map(({ text }) => text)),
    routes: averageLix([...routes.why, ...routes.labels].map(({ text }) => text)),
  };
}

/** "LIX: resuméer gennemsnit X (N tekster, højeste Y), brugerflade X, ruter X". */
export function reportLine({ summaries, ui, routes }: LixSummary): string {
  return `LIX: resuméer gennemsnit ${formatLix(summaries.pooled.score)} (${summaries.count} tekster, højeste ${formatLix(summaries.highest)}), `
    + `brugerflade ${formatLix(ui.score)}, ruter ${formatLix(routes.score)}`;
}
