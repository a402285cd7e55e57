/**
 * The labelled text input with type-ahead, and the send button. The input is an ARIA 1.2 combobox
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): arrow keys move through up to three
 * suggestions while focus stays in the input, Enter picks the highlighted one (or sends the text),
 * Escape closes the list before it would close the panel. Focus stays in the input after sending.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { maxQueryLength } from '../core/triage.ts';
import { createTypeahead } from '../model/typeahead.ts';
import type { SearchIndex } from '../core/search.ts';
import { useWidget } from './context.ts';
import { localText } from './local-text.ts';

/** Wait this long after the last keystroke before suggesting, so typing stays smooth. */
const debounceMs = 200;

export interface AskFormProps {
  onAsk: (text: string) => void;
  onChoose: (id: string) => void;
  index: SearchIndex;
  inputRef: { current: HTMLInputElement | null };
}

export function AskForm({ onAsk, onChoose, index, inputRef }: AskFormProps) {
  const { t, lang } = useWidget();
  const [text, setText] = useState('');
  const [hint, setHint] = useState('');
  const typeahead = useMemo(() => createTypeahead(index), [index]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const suggestions = typeahead.suggestions.value;
  const active = typeahead.active.value;
  const open = suggestions.length > 0;

  const reset = () => {
    clearTimeout(timer.current);
    typeahead.clear();
    setText('');
  };
  const choose = (id: string) => {
    reset();
    onChoose(id);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (!text.trim()) {
      setHint(t.emptyQuery);
      return;
    }
    setHint('');
    reset();
    onAsk(text);
  };
  const onInput = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => typeahead.update(value), debounceMs);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) return;
      event.preventDefault();
      typeahead.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && typeahead.current()) {
      event.preventDefault();
      choose(typeahead.current()!.id);
    } else if (event.key === 'Escape' && open) {
      // The first Escape closes the suggestions; only the next one closes the panel.
      event.stopPropagation();
      typeahead.clear();
    }
  };

  return (
    <form class="ask" onSubmit={submit} role="search">
      <label for="vv-input">{t.inputLabel}</label>
      <div class="ask-row">
        <input
          id="vv-input"
          ref={inputRef}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="vv-suggestions"
          aria-activedescendant={open && active >= 0 ? `vv-suggestion-${active}` : undefined}
          autocomplete="off"
          maxLength={maxQueryLength}
          placeholder={t.inputPlaceholder}
          value={text}
          aria-describedby={hint ? 'vv-hint' : undefined}
          onInput={onInput}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => typeahead.clear(), 150)}
        />
        <button type="submit" class="send">{t.send}</button>
      </div>
      <ul id="vv-suggestions" role="listbox" aria-label={t.suggestionsLabel} class="suggestions" hidden={!open}>
        {suggestions.map((situation, position) => {
          const local = localText(situation, lang);
          return (
            <li
              key={situation.id}
              id={`vv-suggestion-${position}`}
              role="option"
              aria-selected={position === active ? 'true' : 'false'}
              class={position === active ? 'suggestion active' : 'suggestion'}
              lang={local.lang}
              // Keep focus in the input when a pointer picks a suggestion.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(situation.id)}
            >
              {local.title}
            </li>
          );
        })}
      </ul>
      {/* Live regions exist from the start, so their first text is announced too. */}
      <p class="visually-hidden" aria-live="polite">{open ? t.suggestionsCount(suggestions.length) : ''}</p>
      <p id="vv-hint" class="hint" aria-live="polite">{hint}</p>
    </form>
  );
}
