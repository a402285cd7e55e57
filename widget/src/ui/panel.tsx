/**
 * The panel: heading, one intro line, transcript, topic chips, the ask form and the contact footer.
 * In floating mode it is a non-modal dialog with a close button; Escape closes it (handled here so
 * it works wherever focus is inside the panel).
 */
import { useRef } from 'preact/hooks';
import type { Conversation } from '../model/conversation.ts';
import { AskForm } from './ask-form.tsx';
import { ContactFooter } from './contact-footer.tsx';
import { useWidget } from './context.ts';
import { TopicChips } from './topic-chips.tsx';
import { Transcript } from './transcript.tsx';

export interface PanelProps {
  conversation: Conversation;
  floating: boolean;
  now: () => Date;
  onClose?: () => void;
  /** Receives the input element so the embed can focus it when the panel opens. */
  inputRef: { current: HTMLInputElement | null };
}

export function Panel({ conversation, floating, now, onClose, inputRef }: PanelProps) {
  const { t, lang } = useWidget();
  const messages = conversation.messages.value;
  const headingId = useRef(`vv-heading-${floating ? 'f' : 'i'}`).current;
  const reset = () => {
    conversation.reset();
    inputRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && onClose) {
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <section
      class={floating ? 'panel floating' : 'panel inline'}
      role={floating ? 'dialog' : 'region'}
      aria-labelledby={headingId}
      lang={lang}
      onKeyDown={onKeyDown}
    >
      <div class="panel-header">
        <h2 id={headingId}>{t.heading}</h2>
        {onClose && <button type="button" class="close" onClick={onClose} aria-label={t.close}>×</button>}
      </div>
      <div class="panel-body">
        <p class="intro">{t.intro}</p>
        <Transcript messages={messages} onChoose={conversation.choose} />
        {messages.length === 0 && <TopicChips onChoose={conversation.choose} />}
      </div>
      <AskForm onAsk={conversation.ask} inputRef={inputRef} />
      <ContactFooter now={now()} onReset={messages.length > 0 ? reset : undefined} />
    </section>
  );
}
