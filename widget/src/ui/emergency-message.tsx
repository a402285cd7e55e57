/** Safety first: emergency numbers as tap-to-call links, before any other answer. */
import type { EmergencyMessage as Emergency } from '../model/conversation.ts';
import { useWidget } from './context.ts';

export function EmergencyMessage({ message }: { message: Emergency }) {
  const { t, lang } = useWidget();
  return (
    <div class="emergency" lang={lang}>
      <p><strong>{t.emergencyHeading}</strong></p>
      <ul lang="da">
        {message.route.steps.map((step) => (
          <li key={step.phone}>
            <a href={`tel:${step.phone!.replace(/\s/g, '')}`}>{step.phone}</a> – {step.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
