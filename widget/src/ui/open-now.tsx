/** "Åbent nu" or "Lukket nu – åbner mandag kl. 9" for Borgerservice's phone line. */
import { isOpen, nextOpening } from '../core/hours.ts';
import { useWidget } from './context.ts';

export function OpenNow({ now }: { now: Date }) {
  const { t, knowledge, lang } = useWidget();
  const { phoneHours, exceptions } = knowledge.municipality.borgerservice;
  const open = isOpen(phoneHours, now, exceptions);
  return <span class={open ? 'open' : 'closed'}>{open ? t.openNow : t.closedNow(nextOpening(phoneHours, now, exceptions, lang))}</span>;
}
