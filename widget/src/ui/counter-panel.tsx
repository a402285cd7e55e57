/**
 * Counter mode: Vejviser full screen at Borgerservice, where staff help citizens help
 * themselves. Large text, a one-press high-contrast option, "Start forfra" always in view, a quick
 * profile switch so staff can show the route for an exempt citizen or a helper, and explanations
 * open. Nothing is stored, and after two minutes without activity (with a warning at least 20
 * seconds ahead that one press extends) it starts over: a new conversation and a fresh panel, so
 * nothing of the previous citizen is left in the DOM or in memory.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CompiledKnowledge } from '../../../knowledge/compiler/compiled.ts';
import type { Lang } from '../core/phrases.ts';
import { profiles } from '../core/route.ts';
import type { SearchIndex } from '../core/search.ts';
import { createConversation } from '../model/conversation.ts';
import { defaultInactivity, startInactivity } from '../model/inactivity.ts';
import { strings } from '../i18n/strings.ts';
import { adoptOnce } from './adopt-once.ts';
import { Widget } from './context.ts';
import counterCss from './counter.css';
import { Panel } from './panel.tsx';

export interface CounterAppProps {
  knowledge: CompiledKnowledge;
  index: SearchIndex;
  lang: Lang;
  /** Inactivity before starting over, in ms; two minutes unless the page says otherwise. */
  resetAfterMs?: number;
  /** The page a phone should open for a hand-off link. */
  handoffPage: string;
  now: () => Date;
}

export function CounterApp({ knowledge, index, lang: startLang, resetAfterMs = defaultInactivity.resetAfterMs, handoffPage, now }: CounterAppProps) {
  // Each citizen gets a new generation: a new conversation and, through the key, a new panel.
  const [generation, setGeneration] = useState(0);
  const conversation = useMemo(() => createConversation(knowledge, { index, lang: startLang, now }), [generation]);
  const [highContrast, setHighContrast] = useState(false);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const screen = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => adoptOnce(screen.current!.getRootNode() as ShadowRoot, counterCss), []);
  const extendRef = useRef<HTMLButtonElement>(null);
  const startOver = () => {
    setGeneration((current) => current + 1);
    requestAnimationFrame(() => inputRef.current?.focus());
  };
  const inactivity = useMemo(() => startInactivity(startOver, resetAfterMs), []);
  useEffect(() => () => inactivity.stop(), []);
  // The counter screen is the page's purpose: ready to type as soon as it is shown.
  useEffect(() => inputRef.current?.focus(), []);
  const seconds = inactivity.warning.value;
  const warned = seconds !== undefined;
  // The warning takes focus once, so one press of Enter or a tap on "Fortsæt" extends.
  useEffect(() => {
    if (warned) extendRef.current?.focus();
  }, [warned]);
  const lang = conversation.language.value;
  const t = strings(lang);
  const profile = conversation.profile.value;
  const context = { knowledge, t, lang, counter: true, handoffPage };
  return (
    <Widget.Provider value={context}>
      <div ref={screen} class={highContrast ? 'counter high-contrast' : 'counter'} lang={lang}
        onKeyDownCapture={inactivity.activity} onPointerDownCapture={inactivity.activity} onInputCapture={inactivity.activity}>
        <div class="counter-bar">
          <button type="button" class="send start-over" onClick={startOver}>{t.counter.startOver}</button>
          <button type="button" class="reset" aria-pressed={highContrast ? 'true' : 'false'} onClick={() => setHighContrast(!highContrast)}>
            {t.counter.highContrast}
          </button>
          <div class="profile-switch" role="group" aria-labelledby="vv-counter-profiles">
            <span id="vv-counter-profiles">{t.counter.showRouteFor}</span>
            {profiles.map((option) => (
              <button key={option} type="button" class="option" aria-pressed={profile === option ? 'true' : 'false'} onClick={() => conversation.setProfile(option)}>
                {t.counter.profiles[option]}
              </button>
            ))}
          </div>
        </div>
        <Panel key={generation} conversation={conversation} floating={false} modal={false} now={now} inputRef={inputRef} />
        {warned && (
          <div class="inactivity" role="alertdialog" aria-labelledby="vv-inactivity-text">
            {/* Not a live region: focus moves to "Fortsæt", so the dialog's name is read once, and the
                countdown then changes silently instead of interrupting every second. */}
            <p id="vv-inactivity-text">{t.counter.warning(seconds)}</p>
            <button type="button" class="send" ref={extendRef} onClick={() => { inactivity.extend(); inputRef.current?.focus(); }}>{t.counter.extend}</button>
          </div>
        )}
      </div>
    </Widget.Provider>
  );
}
