/** Common topics as buttons, so a citizen who doesn't know what to write can start with one click. */
import { useWidget } from './context.ts';
import { localText } from './local-text.ts';

export function TopicChips({ onChoose }: { onChoose: (id: string) => void }) {
  const { t, knowledge, lang } = useWidget();
  const chips = knowledge.municipality.chips
    .map((id) => knowledge.situations.find((situation) => situation.id === id))
    .filter((situation) => situation !== undefined);
  if (chips.length === 0) return null;
  return (
    <div class="chips" role="group" aria-labelledby="vv-chips-label">
      <p id="vv-chips-label" class="chips-label">{t.chipsLabel}</p>
      <ul>
        {chips.map((situation) => (
          <li key={situation.id}><button type="button" class="chip" onClick={() => onChoose(situation.id)} lang={localText(situation, lang).lang}>{localText(situation, lang).title}</button></li>
        ))}
      </ul>
    </div>
  );
}
