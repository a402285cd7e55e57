/** The labelled text input and send button. Keeps focus in the input after sending. */
import { useRef, useState } from 'preact/hooks';
import { maxQueryLength } from '../core/triage.ts';
import { useWidget } from './context.ts';

export function AskForm({ onAsk, inputRef }: { onAsk: (text: string) => void; inputRef: { current: HTMLInputElement | null } }) {
  const { t } = useWidget();
  const [text, setText] = useState('');
  const [hint, setHint] = useState('');
  const hintId = useRef(`vv-hint-${Math.random().toString(36).slice(2, 8)}`).current;
  const submit = (event: Event) => {
    event.preventDefault();
    if (!text.trim()) {
      setHint(t.emptyQuery);
      return;
    }
    setHint('');
    onAsk(text);
    setText('');
  };
  return (
    <form class="ask" onSubmit={submit} role="search">
      <label for="vv-input">{t.inputLabel}</label>
      <div class="ask-row">
        <input
          id="vv-input"
          ref={inputRef}
          type="text"
          autocomplete="off"
          maxLength={maxQueryLength}
          placeholder={t.inputPlaceholder}
          value={text}
          aria-describedby={hint ? hintId : undefined}
          onInput={(event) => setText((event.target as HTMLInputElement).value)}
        />
        <button type="submit" class="send">{t.send}</button>
      </div>
      {/* Always present so the hint is announced when it appears (a live region must exist first). */}
      <p id={hintId} class="hint" aria-live="polite">{hint}</p>
    </form>
  );
}
