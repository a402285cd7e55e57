/**
 * The panel: heading, one intro line, transcript, topic chips, the ask form and the contact footer.
 * In floating mode it is a dialog with a close button; Escape closes it (handled here so it works
 * wherever focus is inside the panel). On wide screens it sits beside the page and is not modal:
 * Tab moves on to the host page. Below 600 CSS px it covers the screen, so it is modal: Tab wraps
 * and the embed makes the host page inert (WCAG 2.4.3, 2.4.11; APG dialog pattern).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Conversation } from '../model/conversation.ts';
import { AskForm } from './ask-form.tsx';
import type { Profile } from '../core/route.ts';
import { ContactFooter } from './contact-footer.tsx';
import { ProfileBar } from './profile-bar.tsx';
import { trapTab } from './focus.ts';
import { useWidget } from './context.ts';
import { TopicChips } from './topic-chips.tsx';
import { Transcript } from './transcript.tsx';
import { LanguageSwitch } from './language-switch.tsx';

export interface PanelProps {
  conversation: Conversation;
  floating: boolean;
  /** Full screen and modal (narrow screens, floating mode only). */
  modal: boolean;
  now: () => Date;
  onClose?: () => void;
  /** Receives the input element so the embed can focus it when the panel opens. */
  inputRef: { current: HTMLInputElement | null };
}

export function Panel({ conversation, floating, modal, now, onClose, inputRef }: PanelProps) {
  const { t, lang, counter } = useWidget();
  const messages = conversation.messages.value;
  const profile = conversation.profile.value;
  const headingId = useRef(`vv-heading-${floating ? 'f' : 'i'}`).current;
  const bodyRef = useRef<HTMLDivElement>(null);
  const shownCount = useRef(messages.length);
  // Bring the start of the newest exchange into view without moving focus: on a small
  // screen the answer would otherwise sit below the fold of the scrolling transcript.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const firstNew = body?.querySelector('[role="log"]')?.children[shownCount.current];
    shownCount.current = messages.length;
    if (!body || !firstNew) return;
    body.scrollTop += firstNew.getBoundingClientRect().top - body.getBoundingClientRect().top - 8;
  }, [messages.length]);
  const reset = () => {
    conversation.reset();
    inputRef.current?.focus();
  };
  // "Luk hurtigt": nothing of the conversation is left on screen, in the address or in storage
  // (continuity removes its entry when the conversation is empty); the floating panel closes.
  const quickExit = () => {
    conversation.reset();
    if (location.hash.startsWith('#vejviser')) history.replaceState(null, '', location.pathname + location.search);
    if (onClose) onClose();
    else inputRef.current?.focus();
  };
  // A chosen chip disappears with the chips, and a chosen option scrolls away with the new answer,
  // so focus goes back to the input rather than being lost.
  const choose = (id: string) => {
    conversation.choose(id);
    inputRef.current?.focus();
  };
  // The question disappears once answered, so focus moves to the steps it changed, not to nowhere.
  const setProfile = (chosen: Profile) => {
    conversation.setProfile(chosen);
    requestAnimationFrame(() => {
      const headings = bodyRef.current?.querySelectorAll<HTMLElement>('.route-heading');
      headings?.[headings.length - 1]?.focus();
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && onClose) {
      event.stopPropagation();
      onClose();
    } else if (modal) {
      trapTab(event, event.currentTarget as HTMLElement);
    }
  };
  return (
    <section
      id={floating ? 'vv-panel' : undefined}
      class={floating ? 'panel floating' : 'panel inline'}
      role={floating ? 'dialog' : 'region'}
      aria-modal={modal ? 'true' : undefined}
      aria-labelledby={headingId}
      lang={lang}
      onKeyDown={onKeyDown}
    >
      <div class="panel-header">
        <h2 id={headingId}>{t.heading}</h2>
        <div class="panel-actions">
          <LanguageSwitch onSwitch={conversation.setLanguage} />
          {messages.length > 0 && !counter && <button type="button" class="reset new-conversation" onClick={reset}>{t.newConversation}</button>}
          {onClose && <button type="button" class="close" onClick={onClose} aria-label={t.close}>×</button>}
        </div>
      </div>
      {/* The scrolling transcript is focusable, so keyboard users can scroll it (WCAG 2.1.1). */}
      <div class="panel-body" ref={bodyRef} tabIndex={0} role="region" aria-label={t.transcriptLabel}>
        <p class="intro">{t.intro}</p>
        {profile && <ProfileBar profile={profile} cues={conversation.understood.value} onChange={setProfile} />}
        <Transcript messages={messages} now={now()} onChoose={choose} profile={profile} onProfile={setProfile} onQuickExit={quickExit} />
        {messages.length === 0 && <TopicChips onChoose={choose} />}
      </div>
      <AskForm onAsk={conversation.ask} onChoose={choose} index={conversation.index} inputRef={inputRef} />
      <ContactFooter now={now()} />
    </section>
  );
}
