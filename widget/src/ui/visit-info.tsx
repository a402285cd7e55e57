/** Where and when to come: Borgerservice's address and opening hours, shown wherever a visit is the way. */
import { formatHours } from '../core/hours.ts';
import { useWidget } from './context.ts';

export function VisitInfo() {
  const { t, knowledge, lang } = useWidget();
  const { name, address, openingHours } = knowledge.municipality.borgerservice;
  return (
    <p class="visit">
      {t.visit(name, address)}<br />
      {t.openingHours(formatHours(openingHours, lang))}
    </p>
  );
}
