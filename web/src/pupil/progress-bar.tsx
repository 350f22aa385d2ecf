import { t } from './i18n';

/** "Question 3 of 26" in words and as a bar; the bar carries the same words for screen readers. */
export function ProgressBar(props: { n: number; total: number }) {
  const text = () => t('progress.questionOf', { n: props.n, total: props.total });
  return (
    <div class="progress">
      <p aria-hidden="true">{text()}</p>
      <progress max={props.total} value={props.n} aria-label={t('progress.label')} aria-valuetext={text()} />
    </div>
  );
}
