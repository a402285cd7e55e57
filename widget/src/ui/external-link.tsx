/** A link that leaves the site in a new tab, saying so to screen-reader users (WCAG 3.2.5 advice). */
import type { ComponentChildren } from 'preact';
import { useWidget } from './context.ts';

export function ExternalLink({ href, class: className, children }: { href: string; class?: string; children: ComponentChildren }) {
  const { t } = useWidget();
  return (
    <a href={href} class={className} target="_blank" rel="noopener">
      {children} <span class="visually-hidden">{t.opensNewTab}</span>
    </a>
  );
}
