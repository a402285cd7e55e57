/** Always-visible contact: no dead ends, whatever the search found. */
import { formatHours, isOpen, nextOpening } from '../core/hours.ts';
import { useWidget } from './context.ts';
import { PhoneLink } from './phone-link.tsx';

export function ContactFooter({ now }: { now: Date }) {
  const { t, knowledge } = useWidget();
  const { phoneHours, exceptions } = knowledge.municipality.borgerservice;
  const open = isOpen(phoneHours, now, exceptions);
  return (
    <div class="contact">
      <p>
        <PhoneLink contact={knowledge.municipality.borgerservice} t={t} />
        {' '}<span class={open ? 'open' : 'closed'}>{open ? t.openNow : t.closedNow(nextOpening(phoneHours, now, exceptions))}</span>
      </p>
      <p>{t.phoneHours(formatHours(phoneHours))}</p>
    </div>
  );
}
