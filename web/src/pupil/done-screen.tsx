import { createRenderEffect, onCleanup } from 'solid-js';
import { info, setQuietOutbox } from './app-state';
import { heardLine } from './heard-line';
import { setTitle, t } from './i18n';
import { outbox } from './outbox';
import { describe } from './problem';
import type { SurveyState } from './survey-state';

/**
 * The end: sent, or kept on the device to send when the connection is back (said plainly). The
 * pupil's answers are already gone from the screen, memory and storage. Start again is for the
 * next pupil on a shared device.
 */
export function DoneScreen(props: { s: SurveyState }) {
  const s = props.s;
  const waiting = () => s.outcome() === 'saved' && outbox.pending() > 0;
  createRenderEffect(() => {
    setQuietOutbox(waiting());
    setTitle(t('thanks.pageTitle'));
  });
  onCleanup(() => setQuietOutbox(false));
  const problem = () => {
    const p = outbox.problem();
    return p && describe(p, info());
  };
  return (
    <>
      <h1 tabindex="-1" ref={s.arrive}>
        {problem()?.[0] ?? t(waiting() ? 'thanks.pageTitle' : 'thanks.heading')}
      </h1>
      <div role="status">{waiting() && <p class="notice">{t(outbox.sending() ? 'offline.sending' : 'offline.saved')}</p>}</div>
      {problem() ? (
        <p class="problem" role="alert">
          {problem()![1]}
        </p>
      ) : (
        !waiting() && (
          <>
            <p>{t('thanks.together')}</p>
            <p>{t('thanks.response')}</p>
            {heardLine()}
            <p>{t('thanks.close')}</p>
          </>
        )
      )}
      <div class="step-nav">
        {waiting() && (
          <button type="button" class="btn secondary" onClick={() => void outbox.flush()}>
            {t('nav.tryAgain')}
          </button>
        )}
        <button type="button" class="btn primary" onClick={() => s.startAgain(false)}>
          {t('startAgain.button')}
        </button>
      </div>
    </>
  );
}
