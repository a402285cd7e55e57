/**
 * A booked time brought back after the citizen moved to another page of the site: when, where, the
 * code for cancelling and the calendar file. The live booking screen shows the same at booking.
 * Part of the booking chunk: only citizens who booked on another page ever need it.
 */
import { formatSlot, icsUrl } from '../core/booking.ts';
import type { ConfirmationMessage } from '../model/conversation.ts';
import { useWidget } from '../ui/context.ts';
import { bookingStrings } from './strings.ts';

export function ConfirmationCard({ message }: { message: ConfirmationMessage }) {
  const { lang, knowledge } = useWidget();
  const b = bookingStrings(lang);
  const { appointment } = message;
  const { day, time } = formatSlot(appointment.start, lang);
  return (
    <div class="bubble confirmation">
      <p><strong>{b.headings.done}</strong></p>
      <p><strong>{b.at(day, time)}</strong><br /><span lang="da">{appointment.location}</span></p>
      <p>{b.code} <strong>{appointment.code}</strong>. {b.codeUse}</p>
      <p><a href={icsUrl(knowledge.municipality.booking.api, appointment)} download="borgerservice.ics">{b.calendar}</a></p>
    </div>
  );
}
