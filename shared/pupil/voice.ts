/** The parts of a `SpeechSynthesisVoice` the choice depends on, so it can be tested without a browser. */
export type VoiceLike = { lang: string; name: string; localService?: boolean; default?: boolean };

/** The regional voice most Manchester pupils will know, where a language has several. */
const PREFERRED_REGION: Record<string, string> = { en: 'gb', ur: 'pk', bn: 'bd', pl: 'pl', so: 'so' };

const tagOf = (lang: string) => lang.toLowerCase().replace(/_/g, '-').split('-');

/**
 * The voice to read a language aloud with, or none when no voice speaks it (the read-aloud
 * control is then hidden rather than reading Arabic with an English voice). Among matching
 * voices: the pupil's usual region first, then voices on the device (they work offline), then
 * the system default.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const [want] = tagOf(lang);
  const rank = (v: V) => {
    const [, region] = tagOf(v.lang);
    return (region === PREFERRED_REGION[want!] ? 4 : 0) + (v.localService ? 2 : 0) + (v.default ? 1 : 0);
  };
  return voices
    .filter((v) => tagOf(v.lang)[0] === want)
    .reduce<V | undefined>((best, v) => (!best || rank(v) > rank(best) ? v : best), undefined);
}
