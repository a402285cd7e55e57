/** A confident answer: the situation's summary and the first step of its route as the main action. */
import type { AnswerMessage } from '../model/conversation.ts';
import { useWidget } from './context.ts';
import { ExternalLink } from './external-link.tsx';
import { PhoneLink } from './phone-link.tsx';

export function AnswerCard({ message }: { message: AnswerMessage }) {
  const { t, lang, knowledge } = useWidget();
  const { situation, route } = message;
  // English text only where an editor translated it; otherwise the Danish text keeps lang="da".
  const translated = lang === 'en' && situation.en;
  const textLang = translated ? 'en' : 'da';
  const first = route.steps[0];
  const selfService = route.steps.find((step) => step.channel === 'self-service');
  return (
    <article class="card" lang={textLang} aria-labelledby={`vv-answer-${message.id}`}>
      <p class="card-intro" lang={lang}>{t.answerIntro}</p>
      <h3 id={`vv-answer-${message.id}`}>{translated ? situation.en!.title : situation.title}</h3>
      <p>{translated ? situation.en!.summary : situation.summary}</p>
      {first.channel === 'booking' && (
        <div class="step" lang="da">
          <p><strong>{first.label}</strong></p>
          {first.prepare && <p>{t.prepare} {first.prepare}</p>}
          <p><PhoneLink contact={knowledge.municipality.borgerservice} t={t} /></p>
        </div>
      )}
      {first.channel === 'phone' && <p class="step"><PhoneLink contact={knowledge.municipality.borgerservice} t={t} /></p>}
      {selfService?.url && (
        <ExternalLink class="action" href={selfService.url}>{selfService.label}</ExternalLink>
      )}
      {situation.html && (
        <details>
          <summary>{t.readMore(situation.title)}</summary>
          {/* Trusted: rendered from the editors' Markdown at build time, raw HTML refused. */}
          <div class="body" lang="da" dangerouslySetInnerHTML={{ __html: situation.html }} />
        </details>
      )}
    </article>
  );
}
