/**
 * A confident answer: the situation's summary, the first step of its route as the main action, the
 * self-service link, and a human alternative on the card itself ("ingen selvbetjening uden
 * medbetjening": help must be visible, not hidden behind "Læs mere").
 */
import type { CompiledAlternative } from '../../../knowledge/compiler/compiled.ts';
import type { AnswerMessage } from '../model/conversation.ts';
import { useWidget } from './context.ts';
import { EmergencyNumbers } from './emergency-numbers.tsx';
import { ExternalLink } from './external-link.tsx';
import { localText } from './local-text.ts';
import { VisitInfo } from './visit-info.tsx';

/** How many alternatives the card shows; the rest are in the body text. */
const shownAlternatives = 2;

/** Alternatives where a person helps come before plain information. */
function humanFirst(alternatives: CompiledAlternative[]): CompiledAlternative[] {
  return [...alternatives].sort((a, b) => Number(a.channel === 'information') - Number(b.channel === 'information'));
}

export function AnswerCard({ message }: { message: AnswerMessage }) {
  const { t, lang, knowledge } = useWidget();
  const { situation, route } = message;
  const { phone } = knowledge.municipality.borgerservice;
  // English only where an editor translated it; otherwise the Danish text keeps lang="da".
  const text = localText(situation, lang);
  // An urgent situation (a child at risk) leads with the emergency numbers, then its own steps.
  const emergency = route.steps.filter((step) => step.channel === 'emergency');
  const first = route.steps.find((step) => step.channel !== 'emergency') ?? route.steps[0];
  const selfService = route.steps.find((step) => step.channel === 'self-service');
  const tel = `tel:${phone.replace(/\s/g, '')}`;
  return (
    <article class="card" lang={lang} aria-labelledby={`vv-answer-${message.id}`}>
      <p class="card-intro">{t.answerIntro}</p>
      <h3 id={`vv-answer-${message.id}`} lang={text.lang}>{text.title}</h3>
      {emergency.length > 0 && <EmergencyNumbers steps={emergency} />}
      <p lang={text.lang}>{text.summary}</p>
      {first.channel === 'booking' && (
        <div class="step">
          <p lang="da"><strong>{first.label}</strong></p>
          {first.prepare && <p>{t.prepare} <span lang="da">{first.prepare}</span></p>}
          <a class="action" href={tel}>{t.bookByPhone(phone)}</a>
          <VisitInfo />
        </div>
      )}
      {first.channel === 'phone' && (
        <div class="step">
          <a class="action" href={tel}>{t.call(knowledge.municipality.borgerservice.name)}: {phone}</a>
          <VisitInfo />
        </div>
      )}
      {selfService?.url && (
        <p>
          <ExternalLink class={first === selfService ? 'action' : undefined} href={selfService.url}>
            <span lang="da">{selfService.label}</span>
          </ExternalLink>
        </p>
      )}
      {situation.alternatives.length > 0 && (
        <div class="alternatives">
          <p><strong>{t.needHelp}</strong></p>
          <ul lang="da">
            {humanFirst(situation.alternatives).slice(0, shownAlternatives).map((alternative) => (
              <li key={alternative.label}>
                {alternative.url ? <ExternalLink href={alternative.url}>{alternative.label}</ExternalLink> : alternative.label}
              </li>
            ))}
          </ul>
        </div>
      )}
      {situation.html && (
        <details>
          <summary>{t.readMore(text.title)}</summary>
          {/* Trusted: rendered from the editors' Markdown at build time, raw HTML refused. */}
          <div class="body" lang="da" dangerouslySetInnerHTML={{ __html: situation.html }} />
        </details>
      )}
    </article>
  );
}
