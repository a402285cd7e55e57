/** An honest "we don't know": the site search with the citizen's words, and a person to call. */
import type { NoneMessage as None } from '../model/conversation.ts';
import { useWidget } from './context.ts';
import { PhoneLink } from './phone-link.tsx';

export function NoneMessage({ message }: { message: None }) {
  const { t, knowledge } = useWidget();
  const { name, siteSearch } = knowledge.municipality;
  return (
    <div class="bubble">
      <p><strong>{t.noneHeading}</strong></p>
      <p>{t.noneText}</p>
      <p><a href={siteSearch.replace('{query}', encodeURIComponent(message.query))}>{t.siteSearch(name)}</a></p>
      <p><PhoneLink contact={knowledge.municipality.borgerservice} t={t} /></p>
    </div>
  );
}
