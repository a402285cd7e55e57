/**
 * The editors' error catalogue, pinned: one deliberately broken fixture per error kind (and per
 * warning kind), and the exact Danish text an editor sees for it, `path:line:col  field` first.
 * A changed message is a deliberate act: update the snapshot with `npx vitest run -u` and review it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSources, type SourceFile } from '../../knowledge/compiler/compile.ts';
import { formatProblem } from '../../knowledge/compiler/problems.ts';
import { repoRoot } from '../helpers/knowledge.ts';

const fixtures = join(repoRoot, 'test', 'fixtures');
const today = '2026-11-22';
const read = (folder: string, name: string): SourceFile => ({ file: `test/fixtures/${folder}/${name}`, text: readFileSync(join(fixtures, folder, name), 'utf8') });
const names = (folder: string) => readdirSync(join(fixtures, folder)).sort();
const real = readFileSync(join(repoRoot, 'knowledge', 'municipality.yaml'), 'utf8');
// The fixtures are not the real situations, so the real topic chips would not resolve.
const municipality: SourceFile = { file: 'knowledge/municipality.yaml', text: real.replace(/^chips:.*$/m, 'chips: []') };

const report = (problems: ReturnType<typeof compileSources>['problems']) => problems.map(formatProblem).join('\n\n');

describe('error messages for broken situation files', () => {
  it.each(names('situations'))('%s', (name) => {
    const { knowledge, problems } = compileSources(municipality, [read('situations', name)], { today });
    expect(knowledge).toBeUndefined();
    const errors = problems.filter((problem) => problem.severity === 'fejl');
    expect(errors.length).toBeGreaterThan(0);
    expect(formatProblem(errors[0])).toMatch(new RegExp(`^test/fixtures/situations/${name}:\\d+:\\d+  \\S`));
    expect(report(errors)).toMatchSnapshot();
  });
});

describe('error messages for a broken municipality.yaml', () => {
  it.each(names('municipality'))('%s', (name) => {
    const { knowledge, problems } = compileSources(read('municipality', name), [], { today });
    expect(knowledge).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(formatProblem(problems[0])).toMatch(new RegExp(`^test/fixtures/municipality/${name}:\\d+:\\d+  \\S`));
    expect(report(problems)).toMatchSnapshot();
  });
});

describe('error messages for a broken risk.yaml (the emergency vocabulary)', () => {
  it.each(names('risk').filter((name) => name !== 'misplaced-bar.yaml'))('%s', (name) => {
    const { knowledge, problems } = compileSources(municipality, [], { today, risk: read('risk', name) });
    expect(knowledge).toBeUndefined();
    const errors = problems.filter((problem) => problem.severity === 'fejl');
    expect(errors.length).toBeGreaterThan(0);
    expect(formatProblem(errors[0])).toMatch(new RegExp(`^test/fixtures/risk/${name}:\\d+:\\d+  \\S`));
    expect(report(errors)).toMatchSnapshot();
  });

  it('warns about a | that probably means " / ", and keeps the vocabulary in use', () => {
    const { knowledge, problems } = compileSources(municipality, [], { today, risk: read('risk', 'misplaced-bar.yaml') });
    expect(problems.map((problem) => problem.severity)).toEqual(['advarsel']);
    expect(report(problems)).toMatchSnapshot();
    expect(knowledge?.risk?.kinds[0].clear).toEqual(['baby + drikker ikke|spiser ikke']);
  });

  it('the real risk.yaml compiles, and names the municipality\'s own numbers by id', () => {
    const risk = read('../../knowledge', 'risk.yaml');
    const { knowledge, problems } = compileSources(municipality, [], { today, risk: { ...risk, file: 'knowledge/risk.yaml' } });
    expect(problems.filter((problem) => problem.file.endsWith('risk.yaml'))).toEqual([]);
    expect(knowledge?.risk?.numbers.map((number) => number.id)).toContain('socialvagt');
  });
});

describe('citizens\' phrasings (examples)', () => {
  const situation = (id: string, examples: string[]): SourceFile => ({
    file: `knowledge/situations/${id}.md`,
    text: `---\nid: ${id}\ntitle: ${id}\naudience: [borger]\ncategory: bolig\nsynonyms: [${id}]\nexamples:\n${examples.map((example) => `  - ${example}`).join('\n')}\nsummary: Du gør det på borger.dk.\n---\nTekst.\n`,
  });
  const ten = (prefix: string) => Array.from({ length: 10 }, (_, i) => `${prefix} nummer ${i + 1}`);

  it('refuses the same phrasing under two situations, naming the other file', () => {
    const { knowledge, problems } = compileSources(municipality, [
      situation('flytning', [...ten('vi flytter'), 'Ny adresse!']),
      situation('pas', [...ten('mit pas'), 'ny  adresse']),
    ], { today });
    expect(knowledge).toBeUndefined();
    expect(report(problems.filter((problem) => problem.severity === 'fejl'))).toMatchSnapshot();
  });

  it('warns when a situation has fewer than ten, once any situation has phrasings', () => {
    const { knowledge, problems } = compileSources(municipality, [situation('flytning', ten('vi flytter')), situation('pas', ['mit pas er væk'])], { today });
    expect(knowledge).toBeDefined();
    const few = problems.filter((problem) => problem.file.endsWith('pas.md') && problem.found.includes('eksempel'));
    expect(few.map((problem) => problem.found)).toEqual(['1 eksempel']);
    expect(problems.some((problem) => problem.file.endsWith('flytning.md') && problem.found.includes('eksempel'))).toBe(false);
  });
});

describe('error messages for a broken risk-model.json (the emergency model)', () => {
  const risk = { ...read('../../knowledge', 'risk.yaml'), file: 'knowledge/risk.yaml' };
  const model = (text: string): SourceFile => ({ file: 'knowledge/risk-model.json', text });

  it('names the field and says to train the model again when the table is cut short', () => {
    const { knowledge, problems } = compileSources(municipality, [], { today, risk, riskModel: model('{\n  "bits": 14,\n  "scale": 0.3,\n  "weights": "AAAA"\n}\n') });
    expect(knowledge).toBeUndefined();
    expect(report(problems)).toMatchSnapshot();
  });

  it('names a field of the wrong type', () => {
    const { knowledge, problems } = compileSources(municipality, [], { today, risk, riskModel: model('{ "bits": "fjorten", "scale": 0.3, "weights": "" }') });
    expect(knowledge).toBeUndefined();
    expect(report(problems)).toMatch(/^knowledge\/risk-model\.json:1:\d+  bits/);
  });

  it('compiles the shipped model into the vocabulary', () => {
    const shipped = read('../../knowledge', 'risk-model.json');
    const { knowledge, problems } = compileSources(municipality, [], { today, risk, riskModel: shipped });
    expect(problems.filter((problem) => problem.severity === 'fejl')).toEqual([]);
    expect(knowledge?.risk?.model?.bits).toBe(14);
  });
});

describe('warnings, which print but do not stop the build', () => {
  it.each(names('warnings').filter((name) => name !== 'missing-english.md'))('%s', (name) => {
    // A shared synonym needs a second situation that has it first.
    const sources = name === 'shared-synonym.md' ? [read('warnings', 'missing-english.md'), read('warnings', name)] : [read('warnings', name)];
    const { knowledge, problems } = compileSources(municipality, sources, { today });
    expect(knowledge).toBeDefined();
    const mine = problems.filter((problem) => problem.file.endsWith(name));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((problem) => problem.severity === 'advarsel')).toBe(true);
    expect(report(mine)).toMatchSnapshot();
  });

  it('missing-english.md', () => {
    const { knowledge, problems } = compileSources(municipality, [read('warnings', 'missing-english.md')], { today });
    expect(knowledge).toBeDefined();
    expect(report(problems)).toMatchSnapshot();
  });
});
