/**
 * Editor-facing problems: every message names file, line, column and field, says what was found,
 * what is allowed, and gives a line to copy. Written in Danish because web editors read them.
 */
import type * as z from 'zod';
import type { LocatedYaml } from './locate.ts';

export type Severity = 'fejl' | 'advarsel';

/** One problem in a knowledge file. */
export interface Problem {
  severity: Severity;
  file: string;
  line: number;
  col: number;
  /** Dotted field path, e.g. `selfService.url` or `synonyms[2]`. */
  field: string;
  found: string;
  allowed: string;
  example?: string;
}

/** Example lines an editor can copy, per field (array indices removed from the path). */
const examples: Record<string, string> = {
  id: 'id: flytning',
  title: 'title: Flytning',
  audience: 'audience: [borger]',
  category: 'category: bolig',
  synonyms: 'synonyms: [flytte, ny adresse, adresseændring]',
  summary: 'summary: Du melder flytning på borger.dk med MitID.',
  selfService: 'selfService: { provider: borger.dk, url: https://www.borger.dk, label: Meld flytning, mitid: true, fuldmagt: true }',
  'selfService.provider': 'provider: borger.dk',
  'selfService.url': 'url: https://www.borger.dk/bolig-og-flytning',
  'selfService.label': 'label: Meld flytning',
  'selfService.mitid': 'mitid: true',
  'selfService.fuldmagt': 'fuldmagt: true',
  'attendance.required': 'required: true',
  'attendance.booking': 'booking: pas',
  'attendance.prepare': 'prepare: Tag dit gamle pas med.',
  alternatives: 'alternatives:\n    - channel: attendance\n      label: Kom i Borgerservice.',
  'alternatives.channel': 'channel: phone',
  'alternatives.label': 'label: Ring til Borgerservice.',
  'alternatives.url': 'url: https://www.borger.dk',
  callback: 'callback: true',
  sensitive: 'sensitive: false',
  urgent: 'urgent: false',
  related: 'related: [pas, mitid]',
  reviewed: 'reviewed: 2026-11-22',
  'en.title': 'title: Moving',
  'en.summary': 'summary: You report your move on borger.dk.',
  'borgerservice.phone': 'phone: "12 34 56 78"',
  'borgerservice.openingHours.days': 'days: [man, tir, ons]',
  'borgerservice.openingHours.opens': 'opens: "10:00"',
  siteSearch: 'siteSearch: https://www.kommune.dk/soeg?q={query}',
  chips: 'chips: [flytning, pas]',
  'theme.primary': 'primary: "#004b87"',
  emergency: 'emergency:\n    - { label: Alarm 112, phone: "112", when: Ring, hvis der er fare for liv lige nu. }',
  interpreter: 'interpreter: Er du døv, kan du ringe via en tegnsprogstolk på video.',
  digitalHelp: 'digitalHelp:\n    - { name: IT-café, description: Lær at bruge din telefon., where: Biblioteket, torsdag kl. 14–16. }',
  callbackTopics: 'callbackTopics:\n    - { id: pension, label: Pension }',
  'borgerservice.exceptions': 'exceptions:\n    - { date: 2026-12-24, name: Juleaftensdag }',
  bookingServices: 'bookingServices:\n    - { id: pas, name: Pas, durationMinutes: 15 }',
  localLinks: 'localLinks:\n    pasning: https://www.kommune.dk/pasning',
  'kinds.clear': '- trækker ikke vejret',
  'kinds.possible': '- svarer|reagerer ikke',
  'kinds.weak': '- bange|scared',
  'kinds.numbers': 'numbers: [alarm-112, livslinien]',
  'numbers.phone': 'phone: "70 201 201"',
};

/** Turns a zod path into `a.b[2].c`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** The example to copy for a field, if the catalogue has one. */
export function exampleFor(path: readonly PropertyKey[]): string | undefined {
  const key = path.filter((part) => typeof part !== 'number').map(String).join('.');
  return examples[key] ?? examples[key.split('.').pop() ?? ''];
}

/** Describes a value found in the file, short. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'feltet mangler';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (Array.isArray(value)) return `en liste med ${value.length} ${value.length === 1 ? 'punkt' : 'punkter'}`;
  if (value === null) return 'ingen værdi';
  if (typeof value === 'object') return 'en gruppe af felter';
  return String(value);
}

const typeNames: Record<string, string> = {
  string: 'en tekst',
  number: 'et tal',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'en gruppe af felter',
  date: 'en dato (ÅÅÅÅ-MM-DD)',
};

/** What a zod issue allows, in Danish. */
export function describeAllowed(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return typeNames[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return `en af: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `mindst ${issue.minimum} ${Number(issue.minimum) === 1 ? 'punkt' : 'punkter'}`
        : issue.origin === 'string' ? `mindst ${issue.minimum} tegn` : `mindst ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `højst ${issue.maximum} punkter`
        : issue.origin === 'string' ? `højst ${issue.maximum} tegn` : `højst ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'url') return 'et fuldt link, der starter med https://';
      if (issue.format === 'date') return 'en dato skrevet ÅÅÅÅ-MM-DD';
      if (issue.format === 'regex') return formatHint(issue.path);
      return issue.format;
    case 'invalid_key':
      return 'et navn med små bogstaver a-z, tal og bindestreg (æ→ae, ø→oe, å→aa)';
    case 'unrecognized_keys':
      return 'kun de felter, der står i redaktørvejledningen (knowledge/README.md)';
    case 'invalid_union': {
      // Unions here are "a text or a number" and "a date as text or as a YAML date": the first
      // branch says what an editor should write.
      const first = issue.errors[0]?.[0];
      return first ? describeAllowed({ ...first, path: issue.path } as z.core.$ZodIssue) : issue.message;
    }
    default:
      return issue.message;
  }
}

function formatHint(path: readonly PropertyKey[]): string {
  const last = String(path.filter((p) => typeof p !== 'number').pop() ?? '');
  if (['id', 'related', 'booking', 'chips'].includes(last)) return 'små bogstaver a-z, tal og bindestreg (æ→ae, ø→oe, å→aa)';
  if (last === 'phone') return 'cifre og mellemrum, fx "12 34 56 78"';
  if (last === 'opens' || last === 'closes') return 'et klokkeslæt skrevet TT:MM i anførselstegn';
  if (last === 'siteSearch') return 'et https-link med {query} der, hvor søgeordene skal stå';
  if (last === 'primary') return 'en farve skrevet #rrggbb';
  if (path[0] === 'concepts' || path[0] === 'notTypos') return 'ét ord uden mellemrum eller tegn; skriv ord* eller *ord for enhver endelse eller begyndelse';
  if (['clear', 'possible', 'weak', 'now', 'notNow', 'resolved', 'errand', 'figurative'].includes(last)) {
    return 'ord adskilt af ét mellemrum; ord* for enhver endelse, a|b for det ene eller andet ord, " / " mellem to vendinger, " + " mellem dele, der alle skal stå i teksten';
  }
  return 'en anden skrivemåde';
}

/** Formats one problem as the editors see it in the terminal. */
export function formatProblem(problem: Problem): string {
  const lines = [
    `${problem.file}:${problem.line}:${problem.col}  ${problem.field}  (${problem.severity})`,
    `  Fundet:   ${problem.found}`,
    `  Tilladt:  ${problem.allowed}`,
  ];
  if (problem.example) lines.push(`  Eksempel: ${problem.example}`);
  return lines.join('\n');
}

/** A problem at a field of a parsed YAML file; errors by default. */
export function fieldProblem(
  file: string, located: LocatedYaml, path: (string | number)[], found: string, allowed: string,
  severity: Severity = 'fejl', example: string | null = exampleFor(path) ?? null,
): Problem {
  return { severity, file, ...located.positionOf(path), field: fieldName(path), found, allowed, example: example ?? undefined };
}
