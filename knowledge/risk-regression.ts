/**
 * Scores the emergency detection on a set of labelled messages: how many real emergencies raise
 * the alarm (tier 1: the emergency route alone; tier 2: the numbers above the normal answer), and
 * how many ordinary questions that share their words raise one by mistake. The widget's own core
 * runs each message, exactly as a citizen's words would be run.
 */
import { readFileSync } from 'node:fs';
import type { CompiledKnowledge } from './compiler/compiled.ts';
import { buildIndex } from '../widget/src/core/search.ts';
import { answerFitsRisk, triage, type Triage } from '../widget/src/core/triage.ts';

/**
 * One labelled message: `emergency` (someone in danger now) or `ordinary` (a near-miss), and the
 * part of the file it is in (`# Part N` lines; one writer per part), so a model can be scored on
 * each writer's messages while trained without them.
 */
export interface RiskCase { label: 'emergency' | 'ordinary'; kind: string; text: string; line: number; part: number }

/**
 * The bars `npm test` holds the detector to, one set per test set: floors for recall, ceilings for
 * false alarms and for a confident answer about something else. The held-out set's bars are what
 * it scored when it was last measured, so any regression fails; never lower a bar to let a change
 * through.
 */
export const riskThresholds = {
  blind: { anyTier: 0.974, tier1: 0.958, falseTier1: 0.023, falseTier2: 0.067, answeredOther: 0 },
  development: { anyTier: 0.99, tier1: 0.95, falseTier1: 0.02, falseTier2: 0.10, answeredOther: 0 },
} as const;

/**
 * Where the detector must get to on a held-out set: tier 1 + tier 2 recall 99 %, tier 1 recall 95 %,
 * false alarms on ordinary near-misses at most 2 % at tier 1 and 10 % at tier 2, and never a
 * confident answer about another situation. Printed beside the bars, so the gap stays visible.
 */
export const riskTargets = { anyTier: 0.99, tier1: 0.95, falseTier1: 0.02, falseTier2: 0.10, answeredOther: 0 } as const;

/** Reads a set: `label<TAB>kind<TAB>text` per line; `#` lines are comments. */
export function readRiskCases(path: string): RiskCase[] {
  let part = 1;
  return readFileSync(path, 'utf8').split('\n').flatMap((line, index) => {
    const heading = /^# Part (\d+)/.exec(line);
    if (heading) part = Number(heading[1]);
    if (!line.trim() || line.startsWith('#')) return [];
    const [label, kind, ...rest] = line.split('\t');
    if (label !== 'emergency' && label !== 'ordinary') throw new Error(`${path}:${index + 1}: label must be emergency or ordinary, found "${label}"`);
    return [{ label, kind, text: rest.join('\t'), line: index + 1, part }];
  });
}

/** The tier a triage raised: 1, 2, or 0 for none. */
export function tierOf(result: Triage): 0 | 1 | 2 {
  if (result.status === 'emergency') return 1;
  return result.risk?.tier ?? 0;
}

/** A case whose outcome was not what its label asks for. */
export interface RiskMiss { riskCase: RiskCase; tier: 0 | 1 | 2; result: Triage }

/** The counts, and the cases that went wrong. */
export interface RiskReport {
  emergencies: number;
  tier1: number;
  anyTier: number;
  ordinary: number;
  falseTier1: number;
  falseTier2: number;
  /** Emergencies answered with confidence about a situation that does not fit the danger found. */
  answeredOther: number;
  misses: RiskMiss[];
  /** Recall per kind of danger: [raised, total]. */
  byKind: Record<string, [number, number]>;
}

/** Runs every case through triage with a fixed clock. */
export function runRiskRegression(knowledge: CompiledKnowledge, cases: RiskCase[]): RiskReport {
  const index = buildIndex(knowledge.situations);
  const at = new Date('2026-11-23T10:00:00+01:00');
  const report: RiskReport = { emergencies: 0, tier1: 0, anyTier: 0, ordinary: 0, falseTier1: 0, falseTier2: 0, answeredOther: 0, misses: [], byKind: {} };
  for (const riskCase of cases) {
    const result = triage(knowledge, index, riskCase.text, { at });
    const tier = tierOf(result);
    if (riskCase.label === 'emergency') {
      report.emergencies++;
      const kind = (report.byKind[riskCase.kind] ??= [0, 0]);
      kind[1]++;
      if (tier > 0) { report.anyTier++; kind[0]++; }
      if (tier === 1) report.tier1++;
      const answered = result.status === 'answer' ? knowledge.situations.find(({ id }) => id === result.results[0]?.id) : undefined;
      const other = !!answered && !(result.risk && answerFitsRisk(knowledge, result.risk, answered));
      if (other) report.answeredOther++;
      if (tier !== 1 || other) report.misses.push({ riskCase, tier, result });
    } else {
      report.ordinary++;
      if (tier === 1) report.falseTier1++;
      if (tier === 2) report.falseTier2++;
      if (tier > 0) report.misses.push({ riskCase, tier, result });
    }
  }
  return report;
}

/** The rates the thresholds are about. */
export function riskRates(report: RiskReport) {
  const share = (count: number, total: number) => (total ? count / total : 0);
  return {
    anyTier: share(report.anyTier, report.emergencies),
    tier1: share(report.tier1, report.emergencies),
    falseTier1: share(report.falseTier1, report.ordinary),
    falseTier2: share(report.falseTier2, report.ordinary),
    answeredOther: share(report.answeredOther, report.emergencies),
  };
}
