/** Always-visible contact: no dead ends, whatever the search found. */
import { formatHours, isOpen } from '../core/hours.ts';
import { useWidget } from './context.ts';

export function ContactFooter({ now }: { now: Date }) {
  const { t, knowledge } = useWidget();
  const { name, phone, phoneHours } = knowledge.municipality.borgerservice;
  const open = isOpen(phoneHours, now);
  return (
    <div class="contact">
      <p>
        <a href={`tel:${phone.replace(/\s/g, '')}`}>{t.call(name)}: {phone}</a>
        {' '}<span class={open ? 'open' : 'closed'}>{open ? t.openNow : t.closedNow}</span>
      </p>
      <p>{t.phoneHours(formatHours(phoneHours))}</p>
    </div>
  );
}
