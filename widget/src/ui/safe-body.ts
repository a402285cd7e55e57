/**
 * A situation's body, rendered from the compiled HTML through an allow-list, never injected as
 * HTML. The compiler already sanitises it, but knowledge.json travels over the network and may be
 * served by a CDN: if it were tampered with, nothing in it may run script, fetch anything or
 * change the page. DOMParser gives an inert document (no script runs, no image loads); only the
 * elements and attributes below are rebuilt as Preact elements, and a link keeps its href only if
 * it is https:, mailto:, tel: or an in-page #. Anything else keeps its text and loses its element.
 */
import { h, type ComponentChild } from 'preact';

const allowedTags = new Set('h3 h4 h5 h6 p ul ol li strong em a span br code blockquote'.split(' '));

/** Link targets a body may have (the compiler's rule, checked again here). */
export function isSafeHref(href: string): boolean {
  return /^(https:\/\/|mailto:|tel:|#)/i.test(href.trim());
}

/** The body as Preact children. */
export function safeBody(html: string): ComponentChild[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return [...parsed.body.childNodes].map(rebuild);
}

function rebuild(node: Node): ComponentChild {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  // <script> and <style> lose their content too; other unknown elements keep only their text.
  if (tag === 'script' || tag === 'style') return null;
  const children = [...element.childNodes].map(rebuild);
  if (!allowedTags.has(tag)) return children;
  if (tag === 'a') {
    const href = element.getAttribute('href') ?? '';
    if (!isSafeHref(href)) return children;
    return h('a', { href, target: '_blank', rel: 'noopener' }, children);
  }
  // The only span the compiler writes: "(åbner i en ny fane)" for screen readers.
  if (tag === 'span') return element.className === 'visually-hidden' ? h('span', { class: 'visually-hidden' }, children) : children;
  return h(tag, {}, children);
}
