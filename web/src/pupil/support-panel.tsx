import { createSignal } from 'solid-js';
import { checkForSupport, mentionsHarm } from '../../../shared/safeguarding';
import { info } from './app-state';
import { HelpList } from './help-list';
import { t } from './i18n';
import type { SurveyState } from './survey-state';

/**
 * Shown on the pupil's own device, before anything is sent, straight after an answer at the very
 * bottom of feeling safe or happy, or words from the safeguarding list (and again on the review
 * screen). It never blocks: the pupil can read it, close it, or just carry on answering.
 * `id` is the question it follows, or 'review'.
 */
const [closed, setClosed] = createSignal<string[]>([]);

export function SupportAfter(props: { s: SurveyState; id: string }) {
  const s = props.s;
  // Per pupil: the next pupil on the device (a new submissionId) sees the panel afresh.
  const key = () => `${s.submission().submissionId}:${props.id}`;
  const flagged = () => {
    const check = checkForSupport(info()!.survey, s.answers(), s.comments());
    return props.id === 'review' ? check.support : check.lowAnswers.includes(props.id) || mentionsHarm(s.comments()[props.id] ?? '');
  };
  const carryOn = () => {
    setClosed([...closed(), key()]);
    document.querySelector<HTMLElement>('.step-nav .primary')?.focus();
  };
  return (
    <div aria-live="polite">
      {flagged() && !closed().includes(key()) && (
        <section class="support" aria-labelledby="support-title">
          <h2 id="support-title">{t('support.title')}</h2>
          <p>{t('support.body')}</p>
          <HelpList />
          <button type="button" class="btn secondary" onClick={carryOn}>
            {t('support.continue')}
          </button>
        </section>
      )}
    </div>
  );
}
