/** Reads the editors' knowledge folder from disk and compiles it. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { compileSources, type CompileResult, type SourceFile } from './compile.ts';

/**
 * Compiles `<dir>/municipality.yaml`, `<dir>/risk.yaml`, `<dir>/risk-model.json` and
 * `<dir>/situations/*.md`; paths in problems are relative to `cwd`. The risk vocabulary and its
 * model are required: without them people in danger would go unrecognised.
 */
export async function compileKnowledgeDir(dir: string, cwd = process.cwd()): Promise<CompileResult> {
  const read = async (path: string): Promise<SourceFile> => ({ file: relative(cwd, path), text: await readFile(path, 'utf8') });
  const situationDir = join(dir, 'situations');
  const names = (await readdir(situationDir)).filter((name) => name.endsWith('.md')).sort();
  const [municipality, risk, riskModel, ...situations] = await Promise.all([
    read(join(dir, 'municipality.yaml')),
    read(join(dir, 'risk.yaml')),
    read(join(dir, 'risk-model.json')),
    ...names.map((name) => read(join(situationDir, name))),
  ]);
  return compileSources(municipality, situations, { risk, riskModel });
}
