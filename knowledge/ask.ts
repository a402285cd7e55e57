/**
 * `npm run --silent ask -- [--json] [--stdin] [--list] [--profile P] [--at ISO] "query"`
 * Runs the widget's own core over the editors' current sources, so an editor can try a synonym
 * without building. Contract: README.md, "The ask command".
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { buildIndex } from '../widget/src/core/search.ts';
import { triage, type Triage } from '../widget/src/core/triage.ts';
import type { Profile } from '../widget/src/core/route.ts';
import { compileKnowledgeDir } from './compiler/read.ts';
import { formatProblem } from './compiler/problems.ts';

const profiles: Profile[] = ['self', 'help', 'exempt', 'proxy'];
const statusNames = { answer: 'svar', clarify: 'mente du …?', none: 'intet svar', emergency: 'nødsituation' };

function fail(message: string): never {
  process.stderr.write(`ask: ${message}\n`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        list: { type: 'boolean', default: false },
        profile: { type: 'string' },
        at: { type: 'string' },
        knowledge: { type: 'string', default: join(import.meta.dirname, '.') },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

if (values.help) {
  process.stdout.write(`Brug: npm run --silent ask -- [--json] [--stdin] [--list] [--profile self|help|exempt|proxy] [--at ISO-TID] "spørgsmål"\n`);
  process.exit(0);
}
if (values.profile !== undefined && !profiles.includes(values.profile as Profile)) fail(`--profile skal være en af: ${profiles.join(', ')}`);
const at = values.at ? new Date(values.at) : new Date();
if (Number.isNaN(at.getTime())) fail(`--at skal være et tidspunkt som 2026-11-23T10:00:00+01:00, ikke "${values.at}"`);

const { knowledge, problems } = await compileKnowledgeDir(values.knowledge);
if (!knowledge) {
  process.stderr.write(`${problems.map(formatProblem).join('\n\n')}\n\nVidensbasen har fejl; ret dem først (npm run knowledge:check).\n`);
  process.exit(1);
}

if (values.list) {
  for (const { id, title } of knowledge.situations) {
    process.stdout.write(values.json ? `${JSON.stringify({ id, title })}\n` : `${id.padEnd(28)} ${title}\n`);
  }
  process.exit(0);
}

const index = buildIndex(knowledge.situations);
// Without --profile, the citizen's own words may set it ("min mor kan ikke bruge computer"), as in the widget.
const run = (query: string): Triage => triage(knowledge, index, query, { profile: values.profile as Profile | undefined, at });

function print(result: Triage): void {
  const { notices: _internal, ...contract } = result;
  if (values.json) {
    process.stdout.write(`${JSON.stringify(contract)}\n`);
    return;
  }
  const lines = [`"${result.query}" → ${statusNames[result.status]} (${result.status})`];
  if (result.understood) lines.push(`  Forstået om borgeren: ${result.understood.profile} (${result.understood.cues.map((cue) => `"${cue}"`).join(', ')})`);
  if (result.risk) {
    const tierName = result.risk.tier === 1 ? 'tydelig fare: kun nødhjælpen vises' : 'mulig fare: numrene vises over svaret';
    lines.push(`  Fare, niveau ${result.risk.tier} (${tierName}): ${result.risk.kinds.join(', ') || 'slags ukendt (kun modellen)'}`);
    if (result.risk.tier === 2) lines.push(`  Numre: ${result.risk.numbers.map((number) => `${number.label} ${number.phone}`).join(' · ')}`);
    // The model's probability is evidence too, but not a line of risk.yaml.
    const signs = result.risk.evidence.filter((line) => !line.startsWith('model: '));
    const model = result.risk.evidence.find((line) => line.startsWith('model: '));
    if (signs.length) lines.push(`  Tegn (risk.yaml): ${signs.join(' · ')}`);
    if (model) lines.push(`  Modellen (risk-model.json): sandsynlighed for fare ${model.slice('model: '.length)}`);
  }
  result.results.forEach((hit, i) => lines.push(`  ${i + 1}. ${hit.id.padEnd(26)} ${hit.title}  ${hit.score.toFixed(2)}`));
  if (result.route) {
    result.route.steps.forEach((step, i) => lines.push(`  ${i === 0 ? 'Første skridt' : 'Derefter'}: ${step.label}${step.url ? ` — ${step.url}` : ''}${step.phone ? ` — tlf. ${step.phone}` : ''}${step.openText ? ` (${step.openText})` : ''}`));
    if (result.route.notices.length) lines.push(`  Bemærkninger: ${result.route.notices.join(', ')}`);
    lines.push(`  Hvorfor: ${result.route.why}`);
  }
  if (result.notices.includes('cpr-removed')) lines.push('  Bemærk: et CPR-nummer blev fjernet fra spørgsmålet.');
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (values.stdin) {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim()) print(run(line));
  }
} else {
  const query = positionals.join(' ').trim();
  if (!query) fail('skriv et spørgsmål, fx: npm run --silent ask -- "jeg skal flytte"');
  print(run(query));
}
