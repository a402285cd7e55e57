/**
 * The catalogue page for editors and Borgerservice staff: every situation exactly as the widget
 * shows it (the same AnswerCard), with its channels, links and review status, and a box to try a
 * query and see the ranking with scores. Rendered into a shadow root so the widget's styles and
 * the host page's DKFDS styles (both have a `.card`) cannot collide.
 */
import { render } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { CompiledKnowledge, CompiledSituation } from '../../knowledge/compiler/compiled.ts';
import { formatHours } from '../../widget/src/core/hours.ts';
import { deepLinkHash } from '../../widget/src/core/deep-link.ts';
import { routeFor } from '../../widget/src/core/route.ts';
import { buildIndex, search, type SearchIndex } from '../../widget/src/core/search.ts';
import { triage, type Triage } from '../../widget/src/core/triage.ts';
import { strings } from '../../widget/src/i18n/strings.ts';
import widgetCss from '../../widget/src/ui/app.css';
import { AnswerCard } from '../../widget/src/ui/answer-card.tsx';
import { Widget } from '../../widget/src/ui/context.ts';
import catalogueCss from './catalogue.css';

const statusNames: Record<Triage['status'], string> = {
  answer: 'Svar (answer)', clarify: 'Mente du …? (clarify)', none: 'Intet svar (none)', emergency: 'Nødsituation (emergency)',
};
const channelNames: Record<string, string> = {
  'self-service': 'Selvbetjening', information: 'Information', booking: 'Tidsbestilling', callback: 'Opkald',
  phone: 'Telefon', attendance: 'Fremmøde', paper: 'Papir', 'digital-post': 'Digital Post', assisted: 'Hjælp til selvbetjening',
  proxy: 'Fuldmagt', emergency: 'Nødnummer',
};
const categoryNames: Record<string, string> = {
  bolig: 'Bolig', sundhed: 'Sundhed', 'id-og-rejser': 'ID og rejser', digital: 'Digitalt', familie: 'Familie',
  'arbejde-og-penge': 'Arbejde og penge', 'aeldre-og-handicap': 'Ældre og handicap', 'by-og-miljoe': 'By og miljø',
  erhverv: 'Erhverv', forening: 'Foreninger', kontakt: 'Kontakt', demokrati: 'Demokrati',
};

/** A fixed Monday morning, so every card shows the same route whatever the time of day. */
const demoTime = new Date('2026-11-23T10:00:00+01:00');

function TryQuery({ knowledge, index }: { knowledge: CompiledKnowledge; index: SearchIndex }) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ triage: Triage; ranking: ReturnType<typeof search> } | undefined>();
  const submit = (event: Event) => {
    event.preventDefault();
    if (!query.trim()) return;
    const outcome = triage(knowledge, index, query, { at: demoTime });
    // Rank the scrubbed query, never the raw input: a CPR number must not reach the search.
    setResult({ triage: outcome, ranking: search(index, outcome.query).slice(0, 8) });
  };
  return (
    <section class="try" aria-labelledby="try-heading">
      <h2 id="try-heading">Prøv et spørgsmål</h2>
      <form class="ask" onSubmit={submit}>
        <label for="try-input">Skriv, som en borger ville skrive</label>
        <div class="ask-row">
          <input id="try-input" type="text" value={query} autocomplete="off" maxLength={500}
            onInput={(event) => setQuery((event.target as HTMLInputElement).value)} />
          <button type="submit" class="send">Vis rangering</button>
        </div>
      </form>
      <div aria-live="polite">
        {result && (
          <>
            <p class="status">Vejviser svarer: {statusNames[result.triage.status]} på "{result.triage.query}"</p>
            {result.ranking.length > 0 ? (
              <table class="ranking">
                <caption class="visually-hidden">Rangering med point</caption>
                <thead><tr><th scope="col">Nr.</th><th scope="col">Situation</th><th scope="col">Id</th><th scope="col">Point</th></tr></thead>
                <tbody>
                  {result.ranking.map((hit, position) => (
                    <tr key={hit.situation.id}>
                      <td>{position + 1}</td><td>{hit.situation.title}</td><td>{hit.situation.id}</td><td>{hit.score.toFixed(2)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : <p>Ingen situationer matcher.</p>}
          </>
        )}
      </div>
    </section>
  );
}

function Entry({ knowledge, situation, id }: { knowledge: CompiledKnowledge; situation: CompiledSituation; id: number }) {
  const route = routeFor(knowledge, situation, 'self', demoTime);
  return (
    <div class="entry">
      <AnswerCard message={{ id, kind: 'answer', situation, route }} now={demoTime} />
      <dl class="facts">
        <dt>Id og målgruppe</dt>
        <dd>{situation.id} · {situation.audience.join(', ')}</dd>
        <dt>Link direkte til svaret</dt>
        {/* A deep link opens the widget at this answer on any page that embeds it. */}
        <dd><a class="deep-link" href={`/${deepLinkHash({ situation: situation.id })}`}>Åbn „{situation.title}“ i Vejviser</a> (<code>{deepLinkHash({ situation: situation.id })}</code>)</dd>
        <dt>Gennemgået</dt>
        <dd>{situation.reviewed
          ? <span class="badge ok">Gennemgået {situation.reviewed}</span>
          : <span class="badge todo">Ikke gennemgået – links og fakta skal tjekkes</span>}</dd>
        <dt>Kanaler, i den rækkefølge Vejviser foreslår dem</dt>
        <dd>
          <ol>
            {route.steps.map((step) => (
              <li key={step.label}>
                {channelNames[step.channel] ?? step.channel}: {step.label}
                {step.url && <> – <a href={step.url}>{step.url}</a></>}
                {step.phone && ` – tlf. ${step.phone}`}
              </li>
            ))}
          </ol>
          <p>Hvorfor: {route.why}</p>
        </dd>
        {situation.alternatives.length > 0 && (
          <>
            <dt>Alternativer</dt>
            <dd><ul>{situation.alternatives.map((a) => <li key={a.label}>{channelNames[a.channel] ?? a.channel}: {a.label}{a.url && <> – <a href={a.url}>{a.url}</a></>}</li>)}</ul></dd>
          </>
        )}
        <dt>Kendetegn</dt>
        <dd>{[
          situation.selfService?.mitid && 'kræver MitID',
          situation.selfService?.fuldmagt && 'digital fuldmagt virker',
          situation.attendance?.required && 'personligt fremmøde',
          situation.callback && 'opkald muligt',
          situation.sensitive && 'følsomme oplysninger (aldrig e-mail)',
          situation.urgent && 'akut',
        ].filter(Boolean).join(' · ') || 'ingen'}</dd>
        <dt>Synonymer ({situation.synonyms.length})</dt>
        <dd>{situation.synonyms.join(', ')}</dd>
        <dt>Engelsk</dt>
        <dd lang={situation.en ? 'en' : undefined}>{situation.en ? situation.en.title : 'mangler'}</dd>
      </dl>
    </div>
  );
}

function Catalogue({ knowledge }: { knowledge: CompiledKnowledge }) {
  const index = useMemo(() => buildIndex(knowledge.situations), [knowledge]);
  const [filter, setFilter] = useState('');
  const context = useRef({ knowledge, t: strings('da'), lang: 'da' as const }).current;
  const reviewed = knowledge.situations.filter((s) => s.reviewed).length;
  const needle = filter.trim().toLowerCase();
  const shown = knowledge.situations.filter((s) => !needle || s.title.toLowerCase().includes(needle) || s.id.includes(needle));
  const categories = [...new Set(shown.map((s) => s.category))].sort((a, b) => (categoryNames[a] ?? a).localeCompare(categoryNames[b] ?? b, 'da'));
  const { borgerservice } = knowledge.municipality;
  return (
    <Widget.Provider value={context}>
      <div class="catalogue" lang="da">
        <TryQuery knowledge={knowledge} index={index} />
        <p class="summary-line">
          {knowledge.situations.length} situationer · {reviewed} gennemgået · {knowledge.situations.length - reviewed} venter på en redaktør.
          {' '}Telefontid: {formatHours(borgerservice.phoneHours)}.
        </p>
        <div class="filter">
          <label for="filter-input">Find en situation</label>
          <input id="filter-input" type="search" value={filter} onInput={(event) => setFilter((event.target as HTMLInputElement).value)} />
        </div>
        <p class="visually-hidden" aria-live="polite">{shown.length} situationer vises.</p>
        {categories.map((category) => (
          <section key={category} aria-labelledby={`category-${category}`}>
            <h2 id={`category-${category}`} class="category">{categoryNames[category] ?? category}</h2>
            {shown.filter((s) => s.category === category).map((situation) => (
              <Entry key={situation.id} knowledge={knowledge} situation={situation} id={knowledge.situations.indexOf(situation)} />
            ))}
          </section>
        ))}
      </div>
    </Widget.Provider>
  );
}

async function start(): Promise<void> {
  const host = document.getElementById('katalog');
  if (!host) return;
  try {
    const response = await fetch('/vejviser/knowledge.json', { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const knowledge = await response.json() as CompiledKnowledge;
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(widgetCss + catalogueCss);
    shadow.adoptedStyleSheets = [sheet];
    render(<Catalogue knowledge={knowledge} />, shadow);
  } catch (error) {
    console.error('[vejviser] catalogue', error);
    host.textContent = 'Kataloget kunne ikke indlæses. Kør npm run build, og prøv igen.';
  }
}

void start();
