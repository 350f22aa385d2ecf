import type { TextQuestion } from '../../../shared/survey/schema';
import { st } from './app-state';
import { t } from './i18n';
import { ProgressBar } from './progress-bar';
import { ReadAloud } from './read-aloud';
import { StepNav } from './step-nav';
import { SupportAfter } from './support-panel';
import type { SurveyState } from './survey-state';

/** A free-text question. Optional; the counter is read with the box, not announced on every key. */
export function TextScreen(props: { s: SurveyState; q: TextQuestion }) {
  const { s, q } = props;
  const id = `text-${q.id}`;
  const text = () => s.comments()[q.id] ?? '';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        s.next();
      }}
    >
      {s.resumed() && t('resume.notice') && (
        <p class="notice" role="status">
          {t('resume.notice')}
        </p>
      )}
      <ProgressBar n={s.step()} total={s.total} />
      <h1 tabindex="-1" ref={s.arrive}>
        <label for={id}>{st(`q.${q.id}`)}</label>
      </h1>
      <ReadAloud texts={() => [st(`q.${q.id}`), t('text.hint')]} />
      <p id={`${id}-hint`} class="hint">
        {t('text.hint')}
      </p>
      <textarea
        id={id}
        class="input"
        rows={6}
        maxLength={q.maxLength}
        aria-describedby={`${id}-hint ${id}-count`}
        value={text()}
        onInput={(e) => s.comment(q.id, e.currentTarget.value)}
      />
      <p id={`${id}-count`} class="hint count">
        {t('text.remaining', { n: q.maxLength - text().length })}
      </p>
      <SupportAfter s={s} id={q.id} />
      <StepNav s={s} onSkip={() => s.skip(q.id)} />
    </form>
  );
}
