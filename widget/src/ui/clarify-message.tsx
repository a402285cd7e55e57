/** "Mente du …?": two or three close candidates as buttons; choosing one answers it. */
import type { ClarifyMessage as Clarify } from '../model/conversation.ts';
import { useWidget } from './context.ts';
import { localText } from './local-text.ts';

export function ClarifyMessage({ message, onChoose }: { message: Clarify; onChoose: (id: string) => void }) {
  const { t, lang } = useWidget();
  return (
    <div class="bubble">
      <p id={`vv-clarify-${message.id}`}>{t.clarify}</p>
      <ul class="options" aria-labelledby={`vv-clarify-${message.id}`}>
        {message.options.map((option) => (
          <li key={option.id}>
            <button type="button" class="option" onClick={() => onChoose(option.id)} lang={localText(option, lang).lang}>{localText(option, lang).title}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
