/**
 * A route step's label with its language marked: editors' labels are Danish, composed ones follow
 * the interface, and a Danish name inside an English label ("… Borgerservice: Pas") gets its own
 * lang="da" so a screen reader pronounces it as Danish (WCAG 3.1.2).
 */
import type { RouteStep } from '../core/route.ts';

export function StepLabel({ step, text = step.label }: { step: RouteStep; text?: string }) {
  const at = step.danishName && step.labelLang !== 'da' ? text.lastIndexOf(step.danishName) : -1;
  if (at < 0) return <span lang={step.labelLang}>{text}</span>;
  return (
    <span lang={step.labelLang}>
      {text.slice(0, at)}<span lang="da">{step.danishName}</span>{text.slice(at + step.danishName!.length)}
    </span>
  );
}
