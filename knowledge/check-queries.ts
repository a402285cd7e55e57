/**
 * `npm run knowledge:queries` — runs knowledge/queries.tsv through the widget's core, prints top-1
 * and top-3, lists the misses, and exits 1 below the thresholds in regression.ts.
 */
import { join } from 'node:path';
import { compileKnowledgeDir } from './compiler/read.ts';
import { rates, readQueries, runRegression, thresholds } from './regression.ts';

const { knowledge } = await compileKnowledgeDir(import.meta.dirname);
if (!knowledge) {
  console.error('Vidensbasen har fejl; kør npm run knowledge:check.');
  process.exit(1);
}
const report = runRegression(knowledge, readQueries(join(import.meta.dirname, 'queries.tsv')));
const scores = rates(report);
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

if (process.argv.includes('--misses') || process.argv.includes('-v')) {
  for (const { query, result } of report.misses) {
    const got = result.status === 'answer' ? result.results[0].id : `${result.status} ${result.results.map((r) => r.id).join(',')}`;
    console.log(`queries.tsv:${query.line}  "${query.query}"  forventet ${query.expected}, fik ${got}`);
  }
  console.log('');
}
const rows: [string, string, number, number][] = [
  ['top-1 (rigtigt svar)', `${report.top1}/${report.inScope}`, scores.top1, thresholds.top1],
  ['top-3 (blandt de tre første)', `${report.top3}/${report.inScope}`, scores.top3, thresholds.top3],
  ['uden for emne: ærligt intet svar', `${report.outOfScopeNone}/${report.outOfScope}`, scores.outOfScope, thresholds.outOfScope],
  ['nødsituation: 112 først', `${report.emergencyHits}/${report.emergencies}`, scores.emergency, thresholds.emergency],
];
console.log(`${'queries.tsv'.padEnd(36)}${'antal'.padStart(10)}${'andel'.padStart(10)}${'krav'.padStart(10)}`);
rows.push(['sikkert, men forkert svar', `${report.confidentWrong}/${report.inScope}`, scores.confidentWrong, thresholds.confidentWrong]);
let failed = false;
for (const [label, count, value, threshold] of rows) {
  // The last row is a ceiling, the others are floors.
  const ceiling = label.startsWith('sikkert, men forkert');
  const ok = ceiling ? value <= threshold : value >= threshold;
  failed ||= !ok;
  console.log(`${label.padEnd(36)}${count.padStart(10)}${percent(value).padStart(10)}${(`${ceiling ? '≤' : '≥'} ${percent(threshold)}`).padStart(10)}  ${ok ? 'ok' : 'UNDER KRAV'}`);
}
if (failed) {
  console.error('\nSøgningen klarer ikke kravene. Se de forkerte svar med: npm run knowledge:queries -- --misses');
  process.exit(1);
}
