/** An honest "we don't know": the site search with the citizen's words, and a person to call. */
import type { NoneMessage as None } from '../model/conversation.ts';
import { useWidget } from './context.ts';

export function NoneMessage({ message }: { message: None }) {
  const { t, knowledge } = useWidget();
  const { name, siteSearch, borgerservice } = knowledge.municipality;
  return (
    <div class="bubble">
      <p><strong>{t.noneHeading}</strong></p>
      <p>{t.noneText}</p>
      <p><a href={siteSearch.replace('{query}', encodeURIComponent(message.query))}>{t.siteSearch(name)}</a></p>
      <p><a href={`tel:${borgerservice.phone.replace(/\s/g, '')}`}>{t.call(borgerservice.name)}: {borgerservice.phone}</a></p>
    </div>
  );
}
