/** Always-visible contact: no dead ends, whatever the search found. */
import { formatHours } from '../core/hours.ts';
import { useWidget } from './context.ts';
import { OpenNow } from './open-now.tsx';
import { PhoneLink } from './phone-link.tsx';

export function ContactFooter({ now }: { now: Date }) {
  const { t, knowledge, lang } = useWidget();
  const { phoneHours } = knowledge.municipality.borgerservice;
  return (
    <div class="contact">
      <p>
        <PhoneLink contact={knowledge.municipality.borgerservice} t={t} />
        {' '}<OpenNow now={now} />
      </p>
      <p>{t.phoneHours(formatHours(phoneHours, lang))}</p>
      <details class="interpreter">
        <summary>{t.interpreter}</summary>
        <p lang="da">{knowledge.municipality.interpreter}</p>
      </details>
    </div>
  );
}
