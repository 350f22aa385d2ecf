import { t } from './i18n';
import type { SurveyState } from './survey-state';

/**
 * Answers this device kept from a little while ago, offered back without showing any of them:
 * on a shared classroom tablet they may be another pupil's. Comes with the later chunk, a moment
 * after the first screen.
 */
export function ResumeOffer(props: { s: SurveyState }) {
  return (
    <div class="notice" role="group" aria-labelledby="resume-offer">
      <p id="resume-offer">{t('resume.offer')}</p>
      <div class="step-nav">
        <button type="button" class="btn secondary" onClick={() => props.s.declineOffer()}>
          {t('resume.fresh')}
        </button>
        <button type="button" class="btn primary" onClick={() => props.s.takeOffer()}>
          {t('resume.carryOn')}
        </button>
      </div>
    </div>
  );
}
