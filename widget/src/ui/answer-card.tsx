/**
 * A confident answer: the situation's summary, the route as numbered steps with one primary action,
 * the profile question where the answer would change the route, "Hvorfor foreslår vi det?", and the
 * fuller text on demand.
 */
import { profileMatters, type Profile } from '../core/route.ts';
import type { AnswerMessage } from '../model/conversation.ts';
import { useWidget } from './context.ts';
import { EmergencyNumbers } from './emergency-numbers.tsx';
import { HandoffButton } from './handoff-button.tsx';
import { localText } from './local-text.ts';
import { ProfileQuestion } from './profile-question.tsx';
import { ReadAloud } from './read-aloud.tsx';
import { RouteSteps } from './route-steps.tsx';
import { safeBody } from './safe-body.ts';
import { VisitInfo } from './visit-info.tsx';

export interface AnswerCardProps {
  message: AnswerMessage;
  /** The citizen's answer to the profile question, if given; the question is shown until then. */
  profile?: Profile;
  onProfile?: (profile: Profile) => void;
  now: Date;
}

export function AnswerCard({ message, profile, onProfile, now }: AnswerCardProps) {
  const { t, lang, knowledge, counter } = useWidget();
  const { situation, route } = message;
  // English only where an editor translated it; otherwise the Danish text keeps lang="da".
  const text = localText(situation, lang);
  // An urgent situation (a child at risk) leads with the emergency numbers, then its own steps.
  const emergency = route.steps.filter((step) => step.channel === 'emergency');
  const needsVisit = route.steps.some((step) => step.channel === 'booking' || step.channel === 'attendance');
  const askProfile = onProfile && !profile && profileMatters(knowledge, situation, now);
  return (
    <article class="card" lang={lang} aria-labelledby={`vv-answer-${message.id}`}>
      <p class="card-intro">{t.answerIntro}</p>
      <h3 id={`vv-answer-${message.id}`} lang={text.lang}>{text.title}</h3>
      {emergency.length > 0 && <EmergencyNumbers steps={emergency} />}
      <p lang={text.lang}>{text.summary}</p>
      <ReadAloud text={text} route={route} />
      {/* What changes inside an answer already shown (the route after the profile question or a
          language switch, an opened booking) is not history to be read out again by the log. */}
      <div aria-live="off">
        {askProfile && <ProfileQuestion id={`vv-profile-${message.id}`} onChoose={onProfile} />}
        <RouteSteps route={route} headingId={`vv-steps-${message.id}`} />
        {needsVisit && <VisitInfo />}
      </div>
      {counter && <HandoffButton situation={situation.id} profile={profile} />}
      {situation.html && (
        <details>
          <summary>{t.readMore(text.title)}</summary>
          {/* Rebuilt through an allow-list, never injected as HTML (safe-body.ts). */}
          <div class="body" lang="da">{safeBody(situation.html)}</div>
        </details>
      )}
    </article>
  );
}
