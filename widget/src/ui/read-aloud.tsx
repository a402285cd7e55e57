/**
 * "Læs op": reads one answer aloud with the browser's own speech (Web Speech API), for citizens who
 * read with difficulty. Only on request, never on its own; shown only when the device has a voice
 * for the text's language (voices can arrive after the page loads, hence `voiceschanged`). The
 * answer stays ordinary DOM text, so the site's own read-aloud tools work as well.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Route } from '../core/route.ts';
import { strings } from '../i18n/strings.ts';
import { useWidget } from './context.ts';
import type { LocalText } from './local-text.ts';

/** A voice speaking `lang` ("da" matches da-DK and da_DK), if the device has one. */
function findVoice(lang: string): SpeechSynthesisVoice | undefined {
  return speechSynthesis.getVoices().find((voice) => voice.lang.toLowerCase().startsWith(lang));
}

/** The device's voice for `lang`, updated when the browser finishes loading its voices. */
function useVoice(lang: string): SpeechSynthesisVoice | undefined {
  const supported = typeof speechSynthesis !== 'undefined';
  const [voice, setVoice] = useState(() => (supported ? findVoice(lang) : undefined));
  useEffect(() => {
    if (!supported) return;
    const update = () => setVoice(findVoice(lang));
    update();
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, [lang]);
  return voice;
}

/**
 * What one voice reads: the title, the summary and the steps written in the same language, each
 * with its number in the list on screen. A step in another language (an editor's Danish label in
 * an English answer, an English label under an untranslated answer) is left out rather than read
 * with the wrong pronunciation.
 */
function speechText(text: LocalText, route: Route): string {
  const steps = route.steps
    .filter((step) => step.channel !== 'emergency')
    .map((step, i) => (step.labelLang === text.lang ? `${i + 1}. ${step.label.replace(/\.$/, '')}.` : ''))
    .filter(Boolean);
  return [`${text.title}.`, text.summary, ...(steps.length ? [`${strings(text.lang).steps}:`, ...steps] : [])].join(' ');
}

export function ReadAloud({ text, route }: { text: LocalText; route: Route }) {
  const { t } = useWidget();
  const voice = useVoice(text.lang);
  const [speaking, setSpeaking] = useState(false);
  // The utterance this answer is reading, if any. Another answer's "Læs op" cancels it, and only
  // its own end may reset this button.
  const current = useRef<SpeechSynthesisUtterance | undefined>(undefined);
  // Stop reading when the answer leaves the screen ("Ny samtale") or its text changes language;
  // never because another answer started reading.
  useEffect(() => () => {
    if (!current.current) return;
    current.current = undefined;
    speechSynthesis.cancel();
    setSpeaking(false);
  }, [text.lang]);
  if (!voice) return null;
  const toggle = () => {
    const stopping = current.current !== undefined;
    current.current = undefined;
    speechSynthesis.cancel();
    if (stopping) return setSpeaking(false);
    const utterance = new SpeechSynthesisUtterance(speechText(text, route));
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = utterance.onerror = () => {
      if (current.current !== utterance) return;
      current.current = undefined;
      setSpeaking(false);
    };
    current.current = utterance;
    setSpeaking(true);
    speechSynthesis.speak(utterance);
  };
  return (
    <p class="read-aloud">
      <button type="button" class="link-button" onClick={toggle}>{speaking ? t.stopReading : t.readAloud}</button>
    </p>
  );
}
