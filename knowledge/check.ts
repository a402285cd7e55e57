/**
 * `npm run knowledge:check` — validates every knowledge file and prints every problem in Danish.
 * Exits 1 on errors; warnings are printed but pass.
 */
import { join } from 'node:path';
import { formatProblem } from './compiler/problems.ts';
import { compileKnowledgeDir } from './compiler/read.ts';

const { knowledge, problems } = await compileKnowledgeDir(join(import.meta.dirname), process.cwd());
const errors = problems.filter((problem) => problem.severity === 'fejl').length;
const warnings = problems.length - errors;
if (problems.length) console.log(`${problems.map(formatProblem).join('\n\n')}\n`);
console.log(`${errors} fejl, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}.${knowledge ? ` ${knowledge.situations.length} situationer er i orden.` : ''}`);
process.exit(errors ? 1 : 0);
