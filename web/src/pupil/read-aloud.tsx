import { createMemo, createRoot, createSignal, onCleanup } from 'solid-js';
import { pickVoice } from '../../../shared/pupil/voice';
import { lang, t } from './i18n';

/** The device's voices, which some browsers only list after `voiceschanged`; none where there is no speech. */
const reader = createRoot(() => {
  const synth = 'speechSynthesis' in window ? speechSynthesis : undefined;
  const [voices, setVoices] = createSignal(synth?.getVoices() ?? []);
  synth?.addEventListener('voiceschanged', () => setVoices(synth.getVoices()));
  const voice = createMemo(() => pickVoice(voices(), lang()));
  const [speaking, setSpeaking] = createSignal(false);
  const stop = () => {
    synth?.cancel();
    setSpeaking(false);
  };
  const speak = (texts: string[]) => {
    stop();
    const v = voice();
    if (!synth || !v) return;
    texts.forEach((text, i) => {
      const u = new SpeechSynthesisUtterance(text);
      u.voice = v;
      u.lang = v.lang;
      if (i === texts.length - 1) u.onend = u.onerror = () => setSpeaking(false);
      synth.speak(u);
    });
    setSpeaking(true);
  };
  return { voice, speaking, speak, stop };
});

/**
 * Reads the question and its options aloud in the pupil's language. Hidden where the device has
 * no voice for that language: an English voice reading Urdu would help nobody.
 */
export function ReadAloud(props: { texts: () => string[] }) {
  onCleanup(reader.stop);
  return (
    <>
      {reader.voice() && (
        <button type="button" class="btn link read" aria-pressed={reader.speaking()} onClick={() => (reader.speaking() ? reader.stop() : reader.speak(props.texts()))}>
          {t(reader.speaking() ? 'readAloud.stop' : 'readAloud.button')}
        </button>
      )}
    </>
  );
}
