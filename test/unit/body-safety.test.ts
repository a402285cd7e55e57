/**
 * What the compiler lets through to knowledge.json from a situation's body: only an allow-list of
 * elements and attributes, and links only to https:, mailto:, tel: or an in-page #.
 */
import { describe, expect, it } from 'vitest';
import { isSafeHref, sanitizeBody } from '../../knowledge/compiler/compile.ts';

describe('the body allow-list', () => {
  it('keeps the Markdown the widget shows: headings, paragraphs, lists, emphasis, safe links', () => {
    const html = '<h4>Sådan</h4><p><strong>Vigtigt</strong> og <em>let</em>: <a href="https://www.borger.dk" target="_blank" rel="noopener">borger.dk <span class="visually-hidden">(åbner i en ny fane)</span></a></p><ul><li>Et</li></ul><ol><li>To</li></ol>';
    expect(sanitizeBody(html)).toBe(html);
  });

  it('drops script, images, frames, forms, styles and event handlers, and keeps the text', () => {
    const html = '<p onclick="x()" style="color:red">Tekst</p><script>x()</script><img src="http://t.example/p.gif" onerror="x()"><iframe src="https://evil.example"></iframe><form><input name="cpr"></form><svg onload="x()"></svg>';
    expect(sanitizeBody(html)).toBe('<p>Tekst</p>');
  });

  it('removes links with any other scheme, also when disguised', () => {
    for (const href of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox', 'http://www.borger.dk', '//evil.example/x']) {
      expect(sanitizeBody(`<a href="${href}">x</a>`), href).toBe('<a>x</a>');
      expect(isSafeHref(href), href).toBe(false);
    }
    for (const href of ['https://www.borger.dk', 'mailto:borgerservice@kommune.dk', 'tel:+4512345678', '#tider']) expect(isSafeHref(href), href).toBe(true);
  });
});
