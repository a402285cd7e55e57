/** The real knowledge, compiled from the editors' sources, for tests that run in node. */
import { join } from 'node:path';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import { compileKnowledgeDir } from '../../knowledge/compiler/read.ts';

export const repoRoot = join(import.meta.dirname, '..', '..');

let cached: Promise<CompiledKnowledge> | undefined;

/** Compiles knowledge/ once per test file; fails loudly if the knowledge has errors. */
export function realKnowledge(): Promise<CompiledKnowledge> {
  cached ??= compileKnowledgeDir(join(repoRoot, 'knowledge'), repoRoot).then(({ knowledge, problems }) => {
    if (!knowledge) throw new Error(`knowledge has errors:\n${problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.found}`).join('\n')}`);
    return knowledge;
  });
  return cached;
}
