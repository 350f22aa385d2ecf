import { createRenderEffect, createSignal } from 'solid-js';
import { isBlank } from '../../../shared/pupil/blank';
import type { Question } from '../../../shared/survey/schema';
import { info, st } from './app-state';
import { setTitle, t } from './i18n';
import { describe } from './problem';
import { problem, send, sending } from './send';
import { SupportAfter } from './support-panel';
import type { SurveyState } from './survey-state';

/** A last look before sending. The list is folded away so Send is in reach without scrolling. */
export function ReviewScreen(props: { s: SurveyState }) {
  const s = props.s;
  createRenderEffect(() => setTitle(t('review.heading')));
  const has = (q: Question) => (q.kind === 'text' ? Boolean(s.comments()[q.id]?.trim()) : q.id in s.answers());
  const answer = (q: Question) => {
    if (q.kind === 'text') return s.comments()[q.id]?.trim() || t('answer.nothingWritten');
    const value = s.answers()[q.id];
    if (value === undefined) return t('answer.skipped');
    if (value === null) return t('answer.preferNotToSay');
    return st(q.kind === 'choice' ? `q.${q.id}.${value}` : `anchor.${q.anchors}.${value}`);
  };
  // Nothing answered and nothing written: there is nothing to count, so nothing is sent (the API would refuse it).
  const [blank, setBlank] = createSignal(false);
  const trySend = () => (isBlank(s.submission()) ? setBlank(true) : void send(s));
  const said = () => {
    const p = problem();
    return p && describe(p, info());
  };
  return (
    <>
      <h1 tabindex="-1" ref={s.arrive}>
        {t('review.heading')}
      </h1>
      <p>{t('review.answeredOf', { n: s.questions.filter(has).length, total: s.total })}</p>
      <SupportAfter s={s} id="review" />
      <details class="review">
        <summary>{t('review.checkAnswers')}</summary>
        <ol class="review-list">
          {s.questions.map((q, i) => (
            <li>
              <span class="review-q">{st(`q.${q.id}`)}</span>
              <span class="review-a">{answer(q)}</span>
              <button type="button" class="btn link" aria-label={t('review.changeLabel', { n: i + 1 })} onClick={() => s.change(i)}>
                {t('review.change')}
              </button>
            </li>
          ))}
        </ol>
      </details>
      {blank() && (
        <p class="problem" role="alert">
          {t('review.nothing')}
        </p>
      )}
      {said() && (
        <div class="problem" role="alert">
          <h2>{said()![0]}</h2>
          <p>{said()![1]}</p>
        </div>
      )}
      <div class="step-nav">
        <button type="button" class="btn secondary" onClick={s.back}>
          {t('nav.back')}
        </button>
        <button type="button" class="btn primary" aria-disabled={sending()} onClick={trySend}>
          {t(sending() ? 'review.sending' : 'review.send')}
        </button>
      </div>
    </>
  );
}
