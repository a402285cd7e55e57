/**
 * `npm run knowledge:queries` — runs three query sets through the widget's core and exits 1 below
 * their bars in regression.ts: the held-out set written blind (test/quality/queries-blind.tsv,
 * reported first), the development set (test/quality/queries-development.tsv) and the editors'
 * own knowledge/queries.tsv. `--misses` lists the editors' and the development set's misses; the
 * held-out set's misses are listed only with `--blind-misses`, because reading them is how a
 * held-out set stops being one.
 */
import { join } from 'node:path';
import { compileKnowledgeDir } from './compiler/read.ts';
import { queryBars, queryTargets, rates, readQueries, runRegression, thresholds, type QueryRates, type RegressionReport } from './regression.ts';

const { knowledge } = await compileKnowledgeDir(import.meta.dirname);
if (!knowledge) {
  console.error('Vidensbasen har fejl; kør npm run knowledge:check.');
  process.exit(1);
}
const quality = join(import.meta.dirname, '..', 'test', 'quality');
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
let failed = false;

function print(name: string, report: RegressionReport, bars: QueryRates, showMisses: boolean, targets?: QueryRates) {
  const scores = rates(report);
  const rows: [string, string, keyof QueryRates, 'floor' | 'ceiling'][] = [
    ['top-1 (rigtigt svar)', `${report.top1}/${report.inScope}`, 'top1', 'floor'],
    ['top-3 (blandt de tre første)', `${report.top3}/${report.inScope}`, 'top3', 'floor'],
    ['uden for emne: ærligt intet svar', `${report.outOfScopeNone}/${report.outOfScope}`, 'outOfScope', 'floor'],
    ['nødsituation: 112 først', `${report.emergencyHits}/${report.emergencies}`, 'emergency', 'floor'],
    ['sikkert, men forkert svar', `${report.confidentWrong}/${report.inScope}`, 'confidentWrong', 'ceiling'],
  ];
  if (showMisses) {
    for (const { query, result } of report.misses) {
      const got = result.status === 'answer' ? result.results[0].id : `${result.status} ${result.results.map((r) => r.id).join(',')}`;
      console.log(`${name}:${query.line}  "${query.query}"  forventet ${query.expected}, fik ${got}`);
    }
    console.log('');
  }
  const meets = (value: number, bar: number, kind: 'floor' | 'ceiling') => (kind === 'floor' ? value >= bar : value <= bar);
  const shown = (bar: number, kind: 'floor' | 'ceiling') => `${kind === 'floor' ? '≥' : '≤'} ${percent(bar)}`;
  console.log(`${name.padEnd(36)}${'antal'.padStart(10)}${'andel'.padStart(10)}${'krav'.padStart(10)}${targets ? 'mål'.padStart(10) : ''}`);
  for (const [label, count, key, kind] of rows) {
    if (key === 'emergency' && report.emergencies === 0) continue;
    const ok = meets(scores[key], bars[key], kind);
    failed ||= !ok;
    const goal = targets ? `${shown(targets[key], kind).padStart(10)}` : '';
    const reached = targets ? `, mål ${meets(scores[key], targets[key], kind) ? 'nået' : 'ikke nået'}` : '';
    console.log(`${label.padEnd(36)}${count.padStart(10)}${percent(scores[key]).padStart(10)}${shown(bars[key], kind).padStart(10)}${goal}  ${ok ? 'ok' : 'UNDER KRAV'}${reached}`);
  }
  console.log('');
}

const misses = process.argv.includes('--misses') || process.argv.includes('-v');
const run = (path: string) => runRegression(knowledge, readQueries(path));
print('queries-blind.tsv', run(join(quality, 'queries-blind.tsv')), queryBars.blind, process.argv.includes('--blind-misses'), queryTargets);
print('queries-development.tsv', run(join(quality, 'queries-development.tsv')), queryBars.development, misses);
print('queries.tsv', run(join(import.meta.dirname, 'queries.tsv')), thresholds, misses);
if (failed) {
  console.error('Søgningen klarer ikke kravene. Se de forkerte svar med: npm run knowledge:queries -- --misses');
  process.exit(1);
}
