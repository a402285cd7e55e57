/**
 * Properties over random input: the CPR scrub never lets a CPR number through and never changes
 * text without digits; the body renderer never lets an element, attribute or link scheme outside
 * the allow-list through, whatever the Markdown says. Settings: test/helpers/properties.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../knowledge/compiler/compile.ts';
import { scrubCpr } from '../../widget/src/core/cpr.ts';
import { hostileText, propertySettings } from '../helpers/properties.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A CPR number with a real date, written in one of the forms citizens use. */
const cprNumber = fc.record({
  date: fc.date({ min: new Date('1930-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }),
  serial: fc.integer({ min: 0, max: 9999 }),
  form: fc.constantFrom('ddmmyy-xxxx', 'ddmmyyxxxx', 'dd-mm-yy-xxxx', 'dd/mm/yy-xxxx', 'ddmmyy.xxxx', 'ddmmyy_xxxx', 'ddmmyy xxxx', 'dd.mm.yy-xxxx', 'zero-width', 'full-width'),
}).map(({ date, serial, form }) => {
  const [dd, mm, yy, xxxx] = [pad(date.getUTCDate()), pad(date.getUTCMonth() + 1), pad(date.getUTCFullYear() % 100), String(serial).padStart(4, '0')];
  const digits = `${dd}${mm}${yy}${xxxx}`;
  const written: Record<string, string> = {
    'ddmmyy-xxxx': `${dd}${mm}${yy}-${xxxx}`,
    ddmmyyxxxx: digits,
    'dd-mm-yy-xxxx': `${dd}-${mm}-${yy}-${xxxx}`,
    'dd/mm/yy-xxxx': `${dd}/${mm}/${yy}-${xxxx}`,
    'ddmmyy.xxxx': `${dd}${mm}${yy}.${xxxx}`,
    ddmmyy_xxxx: `${dd}${mm}${yy}_${xxxx}`,
    'ddmmyy xxxx': `${dd}${mm}${yy} ${xxxx}`,
    'dd.mm.yy-xxxx': `${dd}.${mm}.${yy}-${xxxx}`,
    'zero-width': [...digits].join('\u200b'),
    'full-width': [...`${dd}${mm}${yy}-${xxxx}`].map((c) => (c === '-' ? c : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join(''),
  };
  return { digits, text: written[form] };
});

/** The digits of a text once everything that can sit between them is taken out. */
const digitsOnly = (text: string) => text.normalize('NFKC').replace(/\D/g, '');

describe('CPR scrub, on random text', () => {
  it('never lets a CPR number through, wherever it stands and however it is written', () => {
    fc.assert(fc.property(hostileText, cprNumber, hostileText, (before, cpr, after) => {
      // A space on each side: a CPR number glued to other digits is a different, longer number.
      const { text, removed } = scrubCpr(`${before} ${cpr.text} ${after}`);
      expect(removed).toBe(true);
      expect(digitsOnly(text)).not.toContain(cpr.digits);
    }), propertySettings);
  });

  it('never changes text without digits', () => {
    fc.assert(fc.property(hostileText.filter((text) => !/\d/.test(text.normalize('NFKC'))), (text) => {
      expect(scrubCpr(text)).toEqual({ text, removed: false });
    }), propertySettings);
  });
});

const allowedTags = new Set(['h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'span', 'br', 'code', 'blockquote']);
const allowedAttributes: Record<string, Set<string>> = { a: new Set(['href', 'target', 'rel']), span: new Set(['class']) };

/** Markdown built from the pieces an attacker would try, mixed with random text. */
const hostileMarkdown = fc.array(fc.oneof(
  hostileText,
  fc.constantFrom('javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:x', 'data:text/html,<script>x</script>', 'vbscript:x', 'http://t.example/p.gif', '//evil.example', 'https://www.borger.dk', 'mailto:a@b.dk', 'tel:12345678', '#tider', 'java\tscript:x', '&#106;avascript:x')
    .chain((href) => fc.constantFrom(`[link](${href})`, `![billede](${href})`, `<${href}>`, `[ref]: ${href}\n\n[ref]`, `<a href="${href}">x</a>`, `<img src="${href}">`)),
  fc.constantFrom('<script>alert(1)</script>', '<svg onload=x()>', '<iframe src=//e.example>', '<p onclick="x()">t</p>', '<style>*{}</style>', '<form action=//e.example><input></form>', '\n\n# Overskrift\n\n', '\n- punkt\n', '**fed**', '`kode`', '> citat\n', '<!-- x -->', '<details open ontoggle=x()>'),
), { maxLength: 12 }).map((parts) => parts.join(' '));

describe('body renderer, on random Markdown', () => {
  it('lets no element, attribute or link scheme outside the allow-list through', () => {
    fc.assert(fc.property(hostileMarkdown, (body) => {
      const { html } = renderBody(body, 'x.md', 1, []);
      for (const [, name, attributes] of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)\s*\/?>/g)) {
        expect(allowedTags, html).toContain(name.toLowerCase());
        for (const [, attribute, value] of attributes.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) {
          expect(allowedAttributes[name.toLowerCase()] ?? new Set(), `${attribute} in ${html}`).toContain(attribute.toLowerCase());
          if (attribute.toLowerCase() === 'href') expect(value, html).toMatch(/^(https:\/\/|mailto:|tel:|#)/i);
        }
      }
    }), propertySettings);
  });
});
