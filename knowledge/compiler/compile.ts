/**
 * Compiles the editors' sources (municipality.yaml + one Markdown file per situation) into the
 * knowledge.json the widget loads. Pure: takes texts, returns the result and *every* problem found,
 * so an editor can fix all of them in one go.
 */
import { Marked, type Token, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';
import type { CompiledKnowledge, CompiledMunicipality, CompiledSituation } from './compiled.ts';
import type { LocatedYaml } from './locate.ts';
import { fieldProblem, type Problem } from './problems.ts';
import { parseYaml, validate } from './yaml-source.ts';
import { checkExamples } from './examples.ts';
import { lintSituations } from './lint.ts';
import { compileRisk, compileRiskModel } from './risk.ts';
import { municipality as municipalitySchema, situationFrontmatter, type SituationFrontmatter } from './schema.ts';

/** A source file: its path as the editor should see it, and its text. */
export interface SourceFile { file: string; text: string }

/** What compiling produced: the knowledge when there were no errors, and all problems. */
export interface CompileResult { knowledge?: CompiledKnowledge; problems: Problem[] }

/** Splits `---` frontmatter from the Markdown body. */
function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const yaml = match[1];
  return { yaml, body: text.slice(match[0].length), bodyLine: yaml.split('\n').length + 3 };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Markdown as the widget shows it: a body's `##` sits under the answer card's own h3, so headings
 * move down two levels; links leave in a new tab (the conversation stays) and say so.
 */
const markdown = new Marked({
  renderer: {
    heading({ tokens, depth }: Tokens.Heading) {
      const level = Math.min(6, depth + 2);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    link({ href, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      return `<a href="${escapeAttribute(href)}" target="_blank" rel="noopener">${text} <span class="visually-hidden">(åbner i en ny fane)</span></a>`;
    },
  },
});

/** Renders the body; raw HTML is refused because the output is trusted as-is by the widget. */
export function renderBody(body: string, file: string, bodyLine: number, problems: Problem[]): RenderedBody {
  const tokens = markdown.lexer(body);
  const lineOf = (raw: string) => {
    const offset = body.indexOf(raw);
    return bodyLine + (offset < 0 ? 0 : body.slice(0, offset).split('\n').length - 1);
  };
  const links: BodyLink[] = [];
  const refuse = (raw: string, found: string, allowed: string, example: string) =>
    problems.push({ severity: 'fejl', file, line: lineOf(raw), col: 1, field: '(tekst)', found, allowed, example });
  markdown.walkTokens(tokens, (token: Token) => {
    if (token.type === 'link') {
      links.push({ href: token.href, line: lineOf(token.raw) });
      if (!isSafeHref(token.href)) {
        refuse(token.raw, `et link til "${token.href.slice(0, 60)}"`,
          'links, der starter med https://, mailto: eller tel: (eller # til et sted på siden)',
          '[Se tømmedage](https://www.kommune.dk/affald)');
      }
    }
    if (token.type === 'image') {
      refuse(token.raw, `et billede: ${token.raw.trim().slice(0, 60)}`,
        'tekst uden billeder: et billede hentes fra en anden server, når svaret vises, og det må Vejviser aldrig gøre',
        'Beskriv det med ord, eller link til siden: [Se kortet](https://www.kommune.dk/kort)');
    }
    if (token.type === 'html') {
      refuse(token.raw, `HTML-kode: ${token.raw.trim().slice(0, 40)}`, 'almindelig Markdown uden HTML-koder',
        '**fed tekst**, [linktekst](https://www.borger.dk) eller - punktliste');
    }
  });
  // Whatever the checks above missed, only this allow-list of elements, attributes and link
  // schemes ever reaches knowledge.json (the widget checks again when it shows it).
  const html = sanitizeBody(markdown.parser(tokens).trim());
  const text = html.replace(/<span class="visually-hidden">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').trim();
  return { html, text, links };
}

/** Link schemes a body may use; everything else (javascript:, data:, vbscript:, http:) is refused. */
export function isSafeHref(href: string): boolean {
  return /^(https:\/\/|mailto:|tel:|#)/i.test(href.trim());
}

/** The elements a body may contain after rendering, and their attributes. */
export const bodyAllowList = {
  allowedTags: ['h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'span', 'br', 'code', 'blockquote'],
  allowedAttributes: { a: ['href', 'target', 'rel'], span: ['class'] },
  allowedClasses: { span: ['visually-hidden'] },
  allowedSchemes: ['https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard' as const,
};

/**
 * Renders only what the allow-list permits (sanitize-html). sanitize-html lets relative addresses
 * through whatever the schemes say, so a link whose address is not one of ours loses it here.
 */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, {
    ...bodyAllowList,
    transformTags: {
      a: (tagName, { href, ...attributes }) => ({
        tagName,
        attribs: href !== undefined && isSafeHref(href) ? { href, ...attributes } : attributes,
      }),
    },
  });
}

/** WCAG contrast ratio of a #rrggbb colour against white. */
export function contrastWithWhite(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}


/** A link in a body, with its line in the file, for the link warnings. */
export interface BodyLink { href: string; line: number }

interface RenderedBody { html: string; text: string; links: BodyLink[] }

/** A situation that passed the schema, with what the lint needs to point at lines. */
export interface ParsedSituation extends RenderedBody { file: string; located: LocatedYaml; data: SituationFrontmatter }

/** Compiles the sources into knowledge; `knowledge` is undefined when any error was found. */
export function compileSources(municipalitySource: SourceFile, situationSources: SourceFile[], options: { today?: string; risk?: SourceFile; riskModel?: SourceFile } = {}): CompileResult {
  const problems: Problem[] = [];

  const municipalityYaml = parseYaml(municipalitySource.text, municipalitySource.file, 0, problems);
  const municipality = municipalityYaml && validate(municipalitySchema, municipalityYaml, municipalitySource.file, problems);

  const parsed: ParsedSituation[] = [];
  for (const { file, text } of situationSources) {
    const parts = splitFrontmatter(text);
    if (!parts) {
      problems.push({
        severity: 'fejl', file, line: 1, col: 1, field: '(frontmatter)',
        found: 'filen starter ikke med en linje med tre bindestreger',
        allowed: 'felterne mellem to linjer med ---, derefter teksten',
        example: '---\nid: flytning\ntitle: Flytning\n---',
      });
      continue;
    }
    const located = parseYaml(parts.yaml, file, 1, problems);
    const data = located && validate(situationFrontmatter, located, file, problems);
    const body = renderBody(parts.body, file, parts.bodyLine, problems);
    if (located && data) parsed.push({ file, located, data, ...body });
  }

  problems.push(...checkExamples(parsed));

  const ids = new Set<string>();
  for (const { file, located, data } of parsed) {
    const expected = file.split('/').pop()!.replace(/\.md$/, '');
    if (data.id !== expected) problems.push(fieldProblem(file, located, ['id'], `"${data.id}"`, `samme id som filnavnet: ${expected}`));
    ids.add(data.id);
  }

  const situations: CompiledSituation[] = [];
  for (const { file, located, data, html, text } of parsed) {
    // An unknown related id is a warning, not an error: editors often link a situation they are
    // about to write. It is left out of the output until the situation exists.
    data.related.forEach((id, index) => {
      if (!ids.has(id)) {
        problems.push(fieldProblem(file, located, ['related', index], `"${id}" (findes ikke endnu og vises ikke)`, 'id på en situation, der findes i knowledge/situations', 'advarsel'));
      }
    });
    data.related = data.related.filter((id) => ids.has(id));
    if (!municipality) continue;
    const booking = data.attendance?.booking;
    if (booking && !municipality.bookingServices.some((service) => service.id === booking)) {
      problems.push(fieldProblem(file, located, ['attendance', 'booking'], `"${booking}"`,
        `en af tidsbestillingerne i municipality.yaml: ${municipality.bookingServices.map((s) => s.id).join(', ')}`));
    }
    let selfService: CompiledSituation['selfService'];
    if (data.selfService) {
      const url = data.selfService.url ?? (data.selfService.provider === 'lokal' ? municipality.localLinks[data.id] : undefined);
      if (!url) {
        const lokal = data.selfService.provider === 'lokal';
        problems.push(fieldProblem(file, located, ['selfService', 'url'], 'feltet mangler',
          lokal ? `et link under localLinks: ${data.id} i municipality.yaml` : 'et fuldt link, der starter med https://',
          'fejl', lokal ? `(i municipality.yaml) localLinks:\n    ${data.id}: https://www.kommune.dk/${data.id}` : undefined));
      } else {
        selfService = { ...data.selfService, url };
      }
    }
    const { selfService: _source, ...rest } = data;
    situations.push({ ...rest, selfService, html, text });
  }

  if (municipality && municipalityYaml) {
    const ratio = contrastWithWhite(municipality.theme.primary);
    if (ratio < 4.5) {
      problems.push(fieldProblem(municipalitySource.file, municipalityYaml, ['theme', 'primary'],
        `"${municipality.theme.primary}" giver kun kontrasten ${ratio.toFixed(1)}:1 mod hvid tekst`,
        'en mørkere farve med kontrast mindst 4,5:1 mod hvid (WCAG 1.4.3), fordi knapteksten er hvid'));
    }
    municipality.chips.forEach((id, index) => {
      if (!ids.has(id)) problems.push(fieldProblem(municipalitySource.file, municipalityYaml, ['chips', index], `"${id}"`, 'id på en situation, der findes i knowledge/situations'));
    });
  }

  // The emergency detector's vocabulary. Optional here so fixtures can compile without it; the
  // knowledge folder always has one (read.ts insists).
  const vocabulary = options.risk && compileRisk(options.risk, municipality, problems);
  const model = options.riskModel && compileRiskModel(options.riskModel, problems);
  const risk = vocabulary && (model ? { ...vocabulary, model } : vocabulary);

  if (municipality) problems.push(...lintSituations(parsed, municipality, options.today ?? new Date().toISOString().slice(0, 10)));

  const failed = problems.some((problem) => problem.severity === 'fejl');
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  if (failed || !municipality) return { problems };
  situations.sort((a, b) => a.id.localeCompare(b.id));
  return { problems, knowledge: { version: 1, municipality: municipality as CompiledMunicipality, situations, ...(risk ? { risk } : {}) } };
}
