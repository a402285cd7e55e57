/**
 * Safety first. Clear danger (tier 1) stands alone: a plain heading, the numbers for that kind of
 * danger as large call buttons, Borgerservice's own number, and "Luk hurtigt". It takes focus when
 * it arrives, the one time the widget moves focus on its own: a screen-reader or keyboard user must
 * meet 112 at once, not after the rest of the transcript (WCAG 2.4.3; the log still holds it).
 * Possible danger (tier 2) is a box with the same numbers just above the normal answer, and leaves
 * focus where the citizen is typing.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { EmergencyMessage as Emergency } from '../model/conversation.ts';
import { useWidget } from './context.ts';
import { CallButtons } from './emergency-numbers.tsx';

export interface EmergencyMessageProps {
  message: Emergency;
  /** Closes the widget and clears the conversation, for someone whose abuser may see the screen. */
  onQuickExit?: () => void;
}

/** Messages whose heading has had focus, so reopening the panel does not pull focus back to it. */
const focused = new Set<number>();

export function EmergencyMessage({ message, onQuickExit }: EmergencyMessageProps) {
  const { t, lang } = useWidget();
  const heading = useRef<HTMLHeadingElement>(null);
  const clear = message.tier === 1;
  useEffect(() => {
    if (!clear || focused.has(message.id)) return;
    focused.add(message.id);
    heading.current?.focus();
  }, []);
  const numbers = message.numbers.length
    ? message.numbers
    : message.route.steps.filter((step) => step.channel === 'emergency' && step.phone).map(({ label, phone }) => ({ label, phone: phone! }));
  const borgerservice = message.route.steps.find((step) => step.channel === 'phone');
  const headingId = `vv-emergency-${message.id}`;
  const hintId = `vv-quick-exit-${message.id}`;
  return (
    <div class={clear ? 'emergency clear' : 'emergency possible'} role="group" lang={lang} aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>{clear ? t.emergencyClear : t.emergencyPossible}</h3>
      <CallButtons numbers={numbers} />
      {clear && borgerservice?.phone && (
        <p class="call-also">
          {t.alsoBorgerservice} {borgerservice.label.replace(/^(Ring til|Call) /, '')}:{' '}
          <a href={`tel:${borgerservice.phone.replace(/\s/g, '')}`}>{borgerservice.phone}</a>
        </p>
      )}
      {onQuickExit && (
        <p class="quick-exit-row">
          <button type="button" class="quick-exit" aria-describedby={hintId} onClick={onQuickExit}>{t.quickExit}</button>
          <span id={hintId} class="quick-exit-hint">{t.quickExitHint}</span>
        </p>
      )}
    </div>
  );
}
