/**
 * The conversation as one `role="log"`: screen readers announce each appended message once, and
 * focus stays where the citizen is (DESIGN §7: focus never moves when an answer arrives).
 */
import type { Profile } from '../core/route.ts';
import type { Message } from '../model/conversation.ts';
import { AnswerCard } from './answer-card.tsx';
import { ClarifyMessage } from './clarify-message.tsx';
import { useWidget } from './context.ts';
import { EmergencyMessage } from './emergency-message.tsx';
import { NoneMessage } from './none-message.tsx';

export interface TranscriptProps {
  messages: Message[];
  now: Date;
  onChoose: (id: string) => void;
  profile?: Profile;
  onProfile: (profile: Profile) => void;
}

export function Transcript({ messages, now, onChoose, profile, onProfile }: TranscriptProps) {
  const { t, lang } = useWidget();
  return (
    <div class="transcript" role="log" aria-label={t.transcriptLabel} lang={lang}>
      {messages.map((message) => {
        switch (message.kind) {
          case 'question':
            // The citizen's own words: rendered as text only, never as HTML. Their language is unknown.
            return <p key={message.id} class="question"><span class="visually-hidden">{t.you}: </span><span lang="">{message.text}</span></p>;
          case 'notice':
            return <p key={message.id} class="notice">{t.cprRemoved}</p>;
          case 'answer':
            return <AnswerCard key={message.id} message={message} profile={profile} onProfile={onProfile} now={now} />;
          case 'clarify':
            return <ClarifyMessage key={message.id} message={message} onChoose={onChoose} />;
          case 'emergency':
            return <EmergencyMessage key={message.id} message={message} />;
          case 'none':
            return <NoneMessage key={message.id} message={message} now={now} onChoose={onChoose} />;
        }
      })}
    </div>
  );
}
