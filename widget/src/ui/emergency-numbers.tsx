/**
 * Numbers to call as large tap-to-call buttons, 112 first. A person in danger may be shaking or on
 * a small phone, so each number is a 44 px target that says what it is ("Ring 112 – Alarm 112"),
 * not a small link inside a sentence (WCAG 2.5.5, 2.5.8).
 */
import { useWidget } from './context.ts';

/** A number to show: who answers, the number, and when to call (Danish, as the editors wrote it). */
export interface CallableNumber { label: string; phone: string; when?: string }

export function CallButtons({ numbers }: { numbers: CallableNumber[] }) {
  const { t } = useWidget();
  return (
    <ul class="call-list">
      {numbers.map(({ label, phone, when }) => (
        <li key={phone}>
          <a class="call" href={`tel:${phone.replace(/\s/g, '')}`}>
            <span class="call-number">{t.callNumber(phone)}</span> <span class="call-who" lang="da">{label}</span>
          </a>
          {when && <p class="call-when" lang="da">{when}</p>}
        </li>
      ))}
    </ul>
  );
}

/** The emergency steps of an urgent situation's route (a child at risk), before its own steps. */
export function EmergencyNumbers({ steps }: { steps: { label: string; phone?: string }[] }) {
  const { t, lang } = useWidget();
  const numbers = steps.filter((step) => step.phone).map(({ label, phone }) => ({ label, phone: phone! }));
  return (
    <div class="emergency" lang={lang}>
      <p><strong>{t.emergencyHeading}</strong></p>
      <CallButtons numbers={numbers} />
    </div>
  );
}
