/**
 * "Læs op": reads one answer aloud with the browser's own speech (Web Speech API), for citizens who
 * read with difficulty. Only on request, never on its own; shown only when the device has a voice
 * for the text's language (voices can arrive after the page loads, hence `voiceschanged`). The
 * answer stays ordinary DOM text, so the site's own read-aloud tools work as well.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Route } from '../core/route.ts';
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

export function ReadAloud({ text, route }: { text: LocalText; route: Route }) {
  const { t } = useWidget();
  const voice = useVoice(text.lang);
  const [speaking, setSpeaking] = useState(false);
  // Stop reading when the answer leaves the screen ("Ny samtale").
  useEffect(() => () => {
    if (speaking) speechSynthesis.cancel();
  }, [speaking]);
  if (!voice) return null;
  const toggle = () => {
    speechSynthesis.cancel();
    if (speaking) return setSpeaking(false);
    const steps = route.steps.filter((step) => step.channel !== 'emergency').map((step, i) => `${i + 1}. ${step.label}.`);
    const utterance = new SpeechSynthesisUtterance([`${text.title}.`, text.summary, `${t.steps}:`, ...steps].join(' '));
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    speechSynthesis.speak(utterance);
  };
  return (
    <p class="read-aloud">
      <button type="button" class="link-button" onClick={toggle}>{speaking ? t.stopReading : t.readAloud}</button>
    </p>
  );
}
