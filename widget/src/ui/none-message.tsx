/**
 * An honest "we don't know": weak candidates as "Mente du …?" if there are any, the municipality's
 * own site search with the citizen's words, and a person to call with whether the line is open now.
 */
import type { NoneMessage as None } from '../model/conversation.ts';
import { ClarifyOptions } from './clarify-message.tsx';
import { useWidget } from './context.ts';
import { OpenNow } from './open-now.tsx';
import { PhoneLink } from './phone-link.tsx';

export function NoneMessage({ message, now, onChoose }: { message: None; now: Date; onChoose: (id: string) => void }) {
  const { t, knowledge } = useWidget();
  const { name, siteSearch } = knowledge.municipality;
  return (
    <div class="bubble">
      <p><strong>{t.noneHeading}</strong></p>
      {message.candidates.length > 0 && <ClarifyOptions id={message.id} options={message.candidates} onChoose={onChoose} />}
      <p>{t.noneText}</p>
      <p><a href={siteSearch.replace('{query}', encodeURIComponent(message.query))}>{t.siteSearch(name)}</a></p>
      <p><PhoneLink contact={knowledge.municipality.borgerservice} t={t} /> <OpenNow now={now} /></p>
    </div>
  );
}
