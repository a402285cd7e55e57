import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSources, type SourceFile } from '../../knowledge/compiler/compile.ts';
import { formatProblem } from '../../knowledge/compiler/problems.ts';
import { repoRoot } from '../helpers/knowledge.ts';

const fixtures = join(repoRoot, 'test', 'fixtures', 'situations');
const municipality: SourceFile = { file: 'knowledge/municipality.yaml', text: readFileSync(join(repoRoot, 'knowledge', 'municipality.yaml'), 'utf8') };
const fixture = (name: string): SourceFile => ({ file: `fixtures/${name}.md`, text: readFileSync(join(fixtures, `${name}.md`), 'utf8') });
// The fixtures are not the real situations, so the real topic chips would not resolve.
const withoutChips: SourceFile = { ...municipality, text: municipality.text.replace(/^chips:.*$/m, 'chips: []') };
const compileOne = (name: string) => compileSources(withoutChips, [fixture(name)]);

describe('knowledge compiler', () => {
  it('lists every link of an unreviewed situation in the shipped knowledge as a warning', async () => {
    const { compileKnowledgeDir } = await import('../../knowledge/compiler/read.ts');
    const { knowledge, problems } = await compileKnowledgeDir(join(repoRoot, 'knowledge'), repoRoot);
    const unreviewed = knowledge!.situations.filter((s) => !s.reviewed);
    expect(unreviewed.length).toBeGreaterThan(0);
    for (const situation of unreviewed) {
      const links = [situation.selfService?.url, ...situation.alternatives.map((a) => a.url)].filter(Boolean);
      const warned = problems.filter((p) => p.file.endsWith(`/${situation.id}.md`) && p.found.includes('ikke gennemgået'));
      // Local links are filled in from municipality.yaml, so the situation file itself has none.
      const own = situation.selfService?.provider === 'lokal' ? links.slice(1) : links;
      for (const link of own) expect(warned.some((p) => p.found.includes(link!)), `${situation.id}: ${link}`).toBe(true);
    }
  });

  it('compiles the real knowledge without errors, with HTML rendered at build time', async () => {
    const { compileKnowledgeDir } = await import('../../knowledge/compiler/read.ts');
    const { knowledge, problems } = await compileKnowledgeDir(join(repoRoot, 'knowledge'), repoRoot);
    expect(problems.filter((p) => p.severity === 'fejl')).toEqual([]);
    expect(knowledge!.situations.length).toBeGreaterThanOrEqual(10);
    const flytning = knowledge!.situations.find((s) => s.id === 'flytning')!;
    expect(flytning.html).toMatch(/<p>/);
    expect(flytning.text).not.toContain('<');
  });

  it('fills a local self-service link from municipality.yaml', async () => {
    const { compileKnowledgeDir } = await import('../../knowledge/compiler/read.ts');
    const { knowledge } = await compileKnowledgeDir(join(repoRoot, 'knowledge'), repoRoot);
    const pasning = knowledge!.situations.find((s) => s.id === 'pasning')!;
    expect(pasning.selfService?.url).toBe(knowledge!.municipality.localLinks.pasning);
  });

  // One fixture per error kind: file, line, field and a Danish message with what is allowed.
  const cases: [string, { line: number; field: string; found: RegExp; allowed: RegExp }][] = [
    ['missing-summary', { line: 2, field: 'summary', found: /feltet mangler/, allowed: /en tekst/ }],
    ['bad-category', { line: 5, field: 'category', found: /"flytning"/, allowed: /en af: bolig, sundhed/ }],
    ['http-url', { line: 10, field: 'selfService.url', found: /http:\/\/www\.borger\.dk/, allowed: /https:\/\// }],
    ['unknown-key', { line: 8, field: 'synonymer', found: /ukendt felt "synonymer"/, allowed: /redaktørvejledningen/ }],
    ['yaml-syntax', { line: 8, field: '(YAML)', found: /YAML kan ikke læses/, allowed: /felt: værdi/ }],
    ['raw-html', { line: 11, field: '(tekst)', found: /HTML-kode: <script>/, allowed: /Markdown uden HTML/ }],
    ['id-mismatch', { line: 2, field: 'id', found: /"forkert-id"/, allowed: /samme id som filnavnet: id-mismatch/ }],
    ['unknown-booking', { line: 10, field: 'attendance.booking', found: /"frisoer"/, allowed: /tidsbestillingerne i municipality\.yaml: pas, koerekort/ }],
    ['no-frontmatter', { line: 1, field: '(frontmatter)', found: /tre bindestreger/, allowed: /---/ }],
  ];

  it.each(cases)('reports %s with file, line, field and a Danish explanation', (name, expected) => {
    const { knowledge, problems } = compileOne(name);
    expect(knowledge).toBeUndefined();
    const problem = problems.find((p) => p.field === expected.field);
    expect(problem, JSON.stringify(problems, null, 1)).toBeDefined();
    expect(problem).toMatchObject({ severity: 'fejl', file: `fixtures/${name}.md`, line: expected.line });
    expect(problem!.found).toMatch(expected.found);
    expect(problem!.allowed).toMatch(expected.allowed);
    expect(formatProblem(problem!)).toMatch(new RegExp(`^fixtures/${name}\\.md:${expected.line}:\\d+  ${expected.field.replace(/[.()]/g, '\\$&')}`));
  });

  it('reports every problem in one run, across files', () => {
    const names = readdirSync(fixtures).map((name) => name.replace(/\.md$/, ''));
    const { problems } = compileSources(withoutChips, names.map(fixture));
    const files = new Set(problems.filter((p) => p.severity === 'fejl').map((p) => p.file));
    expect(files.size).toBe(names.length);
  });

  it('refuses a theme colour too light for the white button text', () => {
    const light = withoutChips.text.replace('primary: "#004b87"', 'primary: "#7fb2e5"');
    const { knowledge, problems } = compileSources({ ...withoutChips, text: light }, []);
    expect(knowledge).toBeUndefined();
    const line = light.split('\n').findIndex((l) => l.includes('#7fb2e5')) + 1;
    expect(problems).toMatchObject([{ field: 'theme.primary', line, found: expect.stringMatching(/kontrasten 2\.\d:1/) }]);
  });

  it('points a municipality.yaml error at its line', () => {
    const broken = municipality.text.replace('phone: "12 34 56 78"', 'phone: ring til os');
    const { problems } = compileSources({ ...municipality, text: broken }, []);
    const line = broken.split('\n').findIndex((l) => l.includes('phone: ring til os')) + 1;
    expect(problems.find((p) => p.field === 'borgerservice.phone')).toMatchObject({ line, file: 'knowledge/municipality.yaml' });
  });
});
