/**
 * The conversation as one `role="log"`, in the DOM from the start so the first answer is announced
 * too. Each message is one child, added once and never re-added: screen readers announce it once,
 * and `aria-relevant="additions"` keeps later changes inside old messages (a re-worded route, an
 * opened booking) from reading history out again; those parts also sit in `aria-live="off"`
 * containers (see AnswerCard). Every message starts with a visually hidden sender, so a screen
 * reader says who is speaking. Focus stays where the citizen is.
 */
import type { ComponentChild } from 'preact';
import type { Profile } from '../core/route.ts';
import type { Message } from '../model/conversation.ts';
import { AnswerCard } from './answer-card.tsx';
import { ClarifyMessage } from './clarify-message.tsx';
import { RestoredBooking } from './restored-booking.tsx';
import { useWidget } from './context.ts';
import { EmergencyMessage } from './emergency-message.tsx';
import { NoneMessage } from './none-message.tsx';

export interface TranscriptProps {
  messages: Message[];
  now: Date;
  onChoose: (id: string) => void;
  profile?: Profile;
  onProfile: (profile: Profile) => void;
  /** "Luk hurtigt" on an emergency message. */
  onQuickExit?: () => void;
}

export function Transcript({ messages, now, onChoose, profile, onProfile, onQuickExit }: TranscriptProps) {
  const { t, lang } = useWidget();
  const content = (message: Message): ComponentChild => {
    switch (message.kind) {
      case 'question':
        // The citizen's own words: rendered as text only, never as HTML. Their language is unknown.
        return <p class="question"><span lang="">{message.text}</span></p>;
      case 'notice':
        return <p class="notice">{message.code === 'cpr-removed' ? t.cprRemoved : t.linkNotFound}</p>;
      case 'confirmation':
        return <RestoredBooking message={message} />;
      case 'answer':
        return <AnswerCard message={message} profile={profile} onProfile={onProfile} now={now} />;
      case 'clarify':
        return <ClarifyMessage message={message} onChoose={onChoose} />;
      case 'emergency':
        return <EmergencyMessage message={message} onQuickExit={onQuickExit} />;
      case 'none':
        return <NoneMessage message={message} now={now} onChoose={onChoose} />;
    }
  };
  return (
    <div class="transcript" role="log" aria-relevant="additions">
      {messages.map((message) => (
        <div key={message.id} class={message.kind === 'question' ? 'message mine' : 'message'} lang={lang}>
          <span class="visually-hidden">{message.kind === 'question' ? t.you : t.municipality} </span>
          {content(message)}
        </div>
      ))}
    </div>
  );
}
