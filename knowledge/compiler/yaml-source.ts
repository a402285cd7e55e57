/** Reads an editor's YAML: syntax errors and schema problems at their line, in Danish. */
import type * as z from 'zod';
import { visit } from 'yaml';
import { locateYaml, type LocatedYaml } from './locate.ts';
import { describeAllowed, describeFound, exampleFor, fieldName, type Problem } from './problems.ts';

/** Validates a parsed YAML document against a schema, turning zod issues into located problems. */
export function validate<T extends z.ZodType>(schema: T, located: LocatedYaml, file: string, problems: Problem[]): z.output<T> | undefined {
  const data = located.doc.toJS();
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const path = key ? [...issue.path, key] : issue.path;
      const { line, col } = located.positionOf(issue.path, key);
      problems.push({
        severity: 'fejl',
        file,
        line,
        col,
        field: fieldName(path),
        found: key ? `et ukendt felt "${key}"` : describeFound(valueAt(data, issue.path)),
        allowed: describeAllowed(issue),
        example: key ? undefined : exampleFor(issue.path),
      });
    }
  }
  return undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** The YAML parser's error codes in words an editor understands. */
const yamlErrorNames: Record<string, string> = {
  BAD_INDENT: 'forkert indrykning, eller en liste i [ ] mangler sin ]',
  BLOCK_AS_IMPLICIT_KEY: 'et kolon midt i en tekst, eller forkert indrykning',
  MULTILINE_IMPLICIT_KEY: 'et kolon midt i en tekst, eller forkert indrykning',
  DUPLICATE_KEY: 'det samme felt står to gange',
  TAB_AS_INDENT: 'der er brugt tabulator til indrykning',
  MISSING_CHAR: 'der mangler et tegn, fx ] eller et anførselstegn',
  UNEXPECTED_TOKEN: 'et tegn, der ikke hører til her',
  BAD_SCALAR_START: 'en tekst, der starter med et tegn, som skal i anførselstegn (fx @ eller `)',
};

/**
 * A text that starts with `*` or `&` is a YAML alias or anchor, which no editor means: `- *kramper`
 * is read as a reference to something called "kramper" (and crashes the parser later). Each is
 * reported at its line with the quotes that fix it.
 */
function withoutAliases(located: LocatedYaml, file: string, problems: Problem[]): LocatedYaml | undefined {
  const before = problems.length;
  visit(located.doc, {
    Alias(_, node) {
      const offset = node.range?.[0] ?? 0;
      problems.push({
        severity: 'fejl', file, ...located.at(offset), field: '(YAML)',
        found: `"*${node.source}" – en tekst, der starter med *, læses som en henvisning i YAML`,
        allowed: 'tekst, der starter med * eller &, i anførselstegn',
        example: `- '*${node.source}'`,
      });
    },
  });
  return problems.length > before ? undefined : located;
}

/** Parses YAML and reports syntax errors at their line; returns undefined if the text is not YAML. */
export function parseYaml(text: string, file: string, lineOffset: number, problems: Problem[]): LocatedYaml | undefined {
  const located = locateYaml(text, lineOffset);
  if (located.doc.errors.length === 0) return withoutAliases(located, file, problems);
  // One broken line often yields several parser errors; the editor needs one message per line.
  const seenLines = new Set<number>();
  for (const error of located.doc.errors) {
    const { line } = located.at(error.pos[0]);
    if (seenLines.has(line)) continue;
    seenLines.add(line);
    problems.push({
      severity: 'fejl',
      file,
      ...located.at(error.pos[0]),
      field: '(YAML)',
      found: `YAML kan ikke læses her: ${yamlErrorNames[error.code] ?? error.code}`,
      allowed: 'felt: værdi på hver linje; indryk med mellemrum, ikke tabulator; sæt tekst med kolon i anførselstegn',
      example: 'summary: "Bemærk: du skal have MitID."',
    });
  }
  return undefined;
}
