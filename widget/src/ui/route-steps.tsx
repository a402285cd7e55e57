/**
 * The route as numbered steps: the first one is the primary action, the rest are the other ways,
 * cheapest first. Phone and attendance steps say whether they are open now and when they open next.
 */
import { explainedTerms } from '../core/glossary.ts';
import type { Route, RouteStep } from '../core/route.ts';
import { useWidget } from './context.ts';
import { BookingStep } from './booking-step.tsx';
import { ExternalLink } from './external-link.tsx';
import { StepLabel } from './step-label.tsx';

function StepAction({ step, primary }: { step: RouteStep; primary: boolean }) {
  const className = primary ? 'action' : undefined;
  if (step.url) return <ExternalLink class={className} href={step.url}><StepLabel step={step} /></ExternalLink>;
  if ((step.channel === 'booking' || step.channel === 'assisted' || step.channel === 'callback') && step.service) {
    return <BookingStep step={step} primary={primary} />;
  }
  if (step.phone) {
    return <a class={className} href={`tel:${step.phone.replace(/\s/g, '')}`}><StepLabel step={step} text={step.label.replace(/\.$/, '')} />: {step.phone}</a>;
  }
  return <StepLabel step={step} />;
}

export function RouteSteps({ route, headingId }: { route: Route; headingId: string }) {
  const { t, lang, counter } = useWidget();
  const steps = route.steps.filter((step) => step.channel !== 'emergency');
  const notices = route.notices.filter((code) => t.notices[code]).map((code) => t.notices[code]);
  const terms = explainedTerms(route, lang, notices.join(' '));
  return (
    <div class="route">
      {/* Focusable from script only: focus lands here after the citizen answers the profile question. */}
      <p id={headingId} class="route-heading" tabIndex={-1}><strong>{t.steps}</strong></p>
      <ol class="steps" aria-labelledby={headingId}>
        {steps.map((step, position) => (
          <li key={`${step.channel}-${position}`} class={position === 0 ? 'step first' : 'step'}>
            <StepAction step={step} primary={position === 0} />
            {step.openText && <span class={step.open ? 'open' : 'closed'}> {step.openText}</span>}
            {step.prepare && <p class="prepare">{t.prepare} <span lang="da">{step.prepare}</span></p>}
          </li>
        ))}
      </ol>
      {notices.map((notice) => <p key={notice} class="notice">{notice}</p>)}
      <details class="why" open={counter}>
        <summary>{t.why}</summary>
        <p>{route.why}</p>
        {terms.length > 0 && (
          <dl class="terms">
            {terms.map(({ term, explanation }) => [<dt key={term}>{term}</dt>, <dd key={`${term}-dd`}>{explanation}</dd>])}
          </dl>
        )}
      </details>
    </div>
  );
}
