/**
 * A booked time restored from an earlier page, drawn by the booking chunk (which has the booking
 * words): loaded only when a citizen who booked moves to another page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ConfirmationMessage } from '../model/conversation.ts';

type Panels = typeof import('../booking/panels.tsx');

export function RestoredBooking({ message }: { message: ConfirmationMessage }) {
  const [panels, setPanels] = useState<Panels | undefined>();
  useEffect(() => {
    import('../booking/panels.tsx').then(setPanels, () => {});
  }, []);
  // Until the chunk is there (or if it fails), the time itself is still shown.
  return panels ? <panels.ConfirmationCard message={message} /> : <p class="bubble">{message.appointment.start.slice(0, 16).replace('T', ' ')}</p>;
}
