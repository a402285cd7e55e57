/**
 * Compiles risk.yaml, the emergency detector's vocabulary, and checks what the schema cannot:
 * that every number a kind names exists (in risk.yaml or as an `id` under `emergency` in
 * municipality.yaml), that ids are not used twice, and that no alternative is left empty.
 */
import type { CompiledRisk } from '../../widget/src/core/risk.ts';
import type { RiskModel } from '../../widget/src/core/risk-model.ts';
import type { SourceFile } from './compile.ts';
import { parseYaml, validate } from './yaml-source.ts';
import { fieldProblem, type Problem } from './problems.ts';
import { riskModelFile, riskVocabulary, type Municipality } from './schema.ts';

/** Validates risk.yaml; returns the compiled vocabulary when it has no errors. */
export function compileRisk(source: SourceFile, municipality: Municipality | undefined, problems: Problem[]): CompiledRisk | undefined {
  const located = parseYaml(source.text, source.file, 0, problems);
  const data = located && validate(riskVocabulary, located, source.file, problems);
  if (!located || !data) return undefined;
  const before = problems.length;
  const problem = (path: (string | number)[], found: string, allowed: string, example?: string) =>
    problems.push(fieldProblem(source.file, located, path, found, allowed, 'fejl', example ?? null));

  const checkPattern = (path: (string | number)[], pattern: string) => {
    if (/\|\||(^|[\s+/])\||\|($|\s)/.test(pattern)) {
      problem(path, `"${pattern}" (et tomt alternativ ved |)`, 'ord på begge sider af |', '- slår|sparker mig');
    }
    if (looksLikeMisplacedBar(pattern)) {
      problems.push(fieldProblem(source.file, located, path, `"${pattern}" (| gælder kun ét ord, så vendingen kræver måske flere ord, end du mener)`,
        'a|b for to ord på samme plads; " / " mellem to hele vendinger', 'advarsel', '- lige nu / right now'));
    }
    for (const [, name] of pattern.matchAll(/\$([^\s|]+)/g)) {
      if (!data.concepts[name]) {
        problem(path, `"$${name}" (et begreb, der ikke findes)`, `et begreb fra concepts i risk.yaml: ${Object.keys(data.concepts).map((known) => `$${known}`).join(', ')}`, '- $barn + alene');
      }
    }
  };
  const local = (municipality?.emergency ?? []).filter((entry) => entry.id);
  const known = new Set<string>();
  data.numbers.forEach(({ id }, index) => {
    if (known.has(id)) problem(['numbers', index, 'id'], `"${id}" står to gange`, 'et id, der kun bruges én gang');
    known.add(id);
  });
  for (const { id } of local) {
    if (known.has(id!)) problem(['numbers'], `"${id}" findes også under emergency i municipality.yaml`, 'forskellige id\'er i de to filer');
    known.add(id!);
  }
  const kindIds = new Set<string>();
  data.kinds.forEach((kind, kindIndex) => {
    if (kindIds.has(kind.id)) problem(['kinds', kindIndex, 'id'], `"${kind.id}" står to gange`, 'et id, der kun bruges én gang');
    kindIds.add(kind.id);
    kind.numbers.forEach((id, index) => {
      if (!known.has(id)) {
        problem(['kinds', kindIndex, 'numbers', index], `"${id}"`,
          `et id fra numbers i risk.yaml eller fra emergency i municipality.yaml: ${[...known].join(', ')}`,
          'numbers: [alarm-112, livslinien]');
      }
    });
    for (const level of ['clear', 'possible', 'weak'] as const) {
      kind[level].forEach((pattern, index) => checkPattern(['kinds', kindIndex, level, index], pattern));
    }
  });
  for (const group of ['now', 'notNow', 'resolved', 'errand', 'figurative'] as const) {
    data.markers[group].forEach((pattern, index) => checkPattern(['markers', group, index], pattern));
  }
  // Warnings (a suspicious |) leave the vocabulary in use; only errors stop it.
  if (problems.slice(before).some((problem) => problem.severity === 'fejl')) return undefined;

  return {
    numbers: [
      ...data.numbers,
      ...local.map(({ id, label, phone, when }) => ({ id: id!, label, phone, when })),
    ],
    kinds: data.kinds,
    markers: data.markers,
    spellings: data.spellings,
    notTypos: data.notTypos,
    concepts: data.concepts,
  };
}

/**
 * Reads risk-model.json (JSON is YAML, so its problems are located the same way) and checks that
 * the table is as long as its `bits` say; a model cut short would read past its end.
 */
export function compileRiskModel(source: SourceFile, problems: Problem[]): RiskModel | undefined {
  const located = parseYaml(source.text, source.file, 0, problems);
  const data = located && validate(riskModelFile, located, source.file, problems);
  if (!located || !data) return undefined;
  const bytes = (1 << data.bits) / 2;
  const expected = Math.ceil(bytes / 3) * 4;
  if (data.weights.length !== expected) {
    problems.push(fieldProblem(source.file, located, ['weights'], `${data.weights.length} tegn`, `${expected} tegn for bits: ${data.bits}; træn modellen igen med npm run knowledge:risk-model`, 'fejl', null));
    return undefined;
  }
  return { bits: data.bits, scale: data.scale, weights: data.weights };
}

/**
 * The mistake editors (and developers) make most: "drikker ikke|spiser ikke" meant as two phrases,
 * read as "drikker", then "ikke" or "spiser", then "ikke". Flagged when one word sits in two groups
 * of the same phrase, or when two groups of four or more alternatives follow a first word.
 */
function looksLikeMisplacedBar(pattern: string): boolean {
  return pattern.split(/\s[+/]\s/).some((phrase) => {
    const groups = phrase.trim().split(/\s+/).map((word) => word.split('|'));
    const repeated = groups.some((group, i) => groups.slice(i + 1).some((later) => (group.length > 1 || later.length > 1) && later.some((word) => group.includes(word))));
    const crowded = groups.some((group, i) => i > 0 && group.length >= 4 && (groups[i + 1]?.length ?? 0) >= 4);
    return repeated || crowded;
  });
}
