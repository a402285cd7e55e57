/** "Mente du …?": two or three candidates as buttons; choosing one answers it. */
import type { CompiledSituation } from '../../../knowledge/compiler/compiled.ts';
import type { ClarifyMessage as Clarify } from '../model/conversation.ts';
import { useWidget } from './context.ts';
import { localText } from './local-text.ts';

/** The question and the options, also used under an honest "we don't know". */
export function ClarifyOptions({ id, options, onChoose }: { id: number; options: CompiledSituation[]; onChoose: (id: string) => void }) {
  const { t, lang } = useWidget();
  return (
    <>
      <p id={`vv-clarify-${id}`}>{t.clarify}</p>
      <ul class="options" aria-labelledby={`vv-clarify-${id}`}>
        {options.map((option) => {
          const local = localText(option, lang);
          return (
            <li key={option.id}>
              <button type="button" class="option" onClick={() => onChoose(option.id)} lang={local.lang}>{local.title}</button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function ClarifyMessage({ message, onChoose }: { message: Clarify; onChoose: (id: string) => void }) {
  return (
    <div class="bubble">
      <ClarifyOptions id={message.id} options={message.options} onChoose={onChoose} />
    </div>
  );
}
