/** Reads knowledge/queries.tsv: the editors' regression set. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './knowledge.ts';

/** [query, expected id or "none"] pairs, comments and the header skipped. */
export function regressionQueries(): [string, string][] {
  return readFileSync(join(repoRoot, 'knowledge', 'queries.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#') && !line.startsWith('query\t'))
    .map((line) => line.split('\t').map((cell) => cell.trim()) as [string, string]);
}
