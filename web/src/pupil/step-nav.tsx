import { t } from './i18n';
import type { SurveyState } from './survey-state';

/**
 * Back, Skip and Next under every question; Next is the form's submit, so Enter moves on too.
 * Next sits at the end of the row: on the right, or on the left when the page reads right to left.
 * Start again is there once there is something to forget.
 */
export function StepNav(props: { s: SurveyState; onSkip: () => void }) {
  const s = props.s;
  return (
    <>
      <div class="step-nav">
        {s.step() > 1 && (
          <button type="button" class="btn secondary" onClick={s.back}>
            {t('nav.back')}
          </button>
        )}
        <button type="button" class="btn secondary" onClick={() => props.onSkip()}>
          {t('nav.skip')}
        </button>
        <button type="submit" class="btn primary next">
          {t('nav.next')}
        </button>
      </div>
      {(s.step() > 1 || Object.keys(s.answers()).length > 0) && (
        <button type="button" class="btn link again" onClick={() => s.startAgain()}>
          {t('startAgain.button')}
        </button>
      )}
    </>
  );
}
