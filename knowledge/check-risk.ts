/**
 * `npm run knowledge:risk` — runs the emergency sets in test/quality through the widget's core,
 * prints recall per tier and per kind of danger and the false alarms, and exits 1 below the bars in
 * risk-regression.ts; beside each bar it prints the target the detector is working towards. The held-out (blind) set is reported first; its misses are listed only with
 * `--blind-misses`, because reading them is how a blind set stops being blind.
 */
import { join } from 'node:path';
import { compileKnowledgeDir } from './compiler/read.ts';
import { readRiskCases, riskRates, riskTargets, riskThresholds, runRiskRegression, type RiskReport } from './risk-regression.ts';
import { crossValidate, readTrainingMessages, trainRiskModel } from './risk-training.ts';
import { assessRisk } from '../widget/src/core/risk.ts';

const { knowledge } = await compileKnowledgeDir(import.meta.dirname);
if (!knowledge) {
  console.error('Vidensbasen har fejl; kør npm run knowledge:check.');
  process.exit(1);
}
const quality = join(import.meta.dirname, '..', 'test', 'quality');
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
let failed = false;

function print(name: 'blind' | 'development', file: string, report: RiskReport, showMisses: boolean) {
  const rates = riskRates(report);
  const bars = riskThresholds[name];
  const rows: [string, string, keyof typeof riskTargets, 'floor' | 'ceiling'][] = [
    ['nødsituation: alarm (niveau 1 eller 2)', `${report.anyTier}/${report.emergencies}`, 'anyTier', 'floor'],
    ['nødsituation: kun nødhjælp (niveau 1)', `${report.tier1}/${report.emergencies}`, 'tier1', 'floor'],
    ['nødsituation: svar om noget andet', `${report.answeredOther}/${report.emergencies}`, 'answeredOther', 'ceiling'],
    ['almindeligt spørgsmål: falsk niveau 1', `${report.falseTier1}/${report.ordinary}`, 'falseTier1', 'ceiling'],
    ['almindeligt spørgsmål: falsk niveau 2', `${report.falseTier2}/${report.ordinary}`, 'falseTier2', 'ceiling'],
  ];
  const meets = (value: number, bar: number, kind: 'floor' | 'ceiling') => (kind === 'floor' ? value >= bar : value <= bar);
  const shown = (bar: number, kind: 'floor' | 'ceiling') => `${kind === 'floor' ? '≥' : '≤'} ${percent(bar)}`;
  console.log(`\n${file.padEnd(42)}${'antal'.padStart(9)}${'andel'.padStart(9)}${'krav'.padStart(10)}${'mål'.padStart(10)}`);
  for (const [label, count, key, kind] of rows) {
    const value = rates[key];
    const ok = meets(value, bars[key], kind);
    failed ||= !ok;
    const target = meets(value, riskTargets[key], kind) ? 'nået' : 'ikke nået';
    console.log(`${label.padEnd(42)}${count.padStart(9)}${percent(value).padStart(9)}${shown(bars[key], kind).padStart(10)}${shown(riskTargets[key], kind).padStart(10)}  ${ok ? 'ok' : 'UNDER KRAV'}, mål ${target}`);
  }
  console.log(`  pr. slags fare: ${Object.entries(report.byKind).map(([kind, [hit, total]]) => `${kind} ${hit}/${total}`).join(', ')}`);
  if (!showMisses) return;
  for (const { riskCase, tier, result } of report.misses) {
    const answered = result.status === 'answer' ? ` svar ${result.results[0]?.id}` : '';
    console.log(`  ${file}:${riskCase.line}  [${riskCase.label}/${riskCase.kind}] niveau ${tier}${answered}  "${riskCase.text}"`);
  }
}

const blindFile = 'emergency-blind.tsv';
const developmentFile = 'emergency-development.tsv';
print('blind', blindFile, runRiskRegression(knowledge, readRiskCases(join(quality, blindFile))), process.argv.includes('--blind-misses'));
print('development', developmentFile, runRiskRegression(knowledge, readRiskCases(join(quality, developmentFile))), process.argv.includes('--misses'));

// The shipped model must be the one the sets in the repository give; otherwise the numbers above
// describe a model nobody can reproduce.
const training = readTrainingMessages(join(quality, developmentFile), join(import.meta.dirname, 'queries.tsv'));
if (trainRiskModel(training).weights !== knowledge.risk?.model?.weights) {
  console.error('\nrisk-model.json er ikke trænet på de nuværende sæt. Kør: npm run knowledge:risk-model');
  failed = true;
}

if (process.argv.includes('--cross-validate')) {
  // Each writer's part scored by a model trained without it, weighed with the vocabulary as in the
  // widget. For parts the vocabulary was not written on either, this is what a held-out set measures.
  console.log('\nHver skribents del med en model trænet uden den (del: fare fundet, niveau 1, falsk niveau 1, falsk niveau 2):');
  const scored = crossValidate(training);
  for (const part of [...new Set(scored.map(({ message }) => message.part))]) {
    const tiers = scored.filter(({ message }) => message.part === part)
      .map(({ message, probability }) => ({ danger: message.danger, tier: assessRisk(knowledge.risk, message.text, probability).tier }));
    const danger = tiers.filter((entry) => entry.danger);
    const ordinary = tiers.filter((entry) => !entry.danger);
    const count = (list: typeof tiers, test: (tier: number) => boolean) => `${list.filter(({ tier }) => test(tier)).length}/${list.length}`;
    console.log(`  del ${part}: ${count(danger, (tier) => tier > 0)}, ${count(danger, (tier) => tier === 1)}, ${count(ordinary, (tier) => tier === 1)}, ${count(ordinary, (tier) => tier === 2)}`);
  }
}

if (failed) {
  console.error('\nNødgenkendelsen klarer ikke kravene. Se udviklingssættets fejl med: npm run knowledge:risk -- --misses');
  process.exit(1);
}
