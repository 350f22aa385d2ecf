/** "Question 3 of 26" in words and as a bar; the bar carries the same words for screen readers. */
export function ProgressBar(props: { current: number; total: number }) {
  const text = () => `Question ${props.current} of ${props.total}`;
  return (
    <div class="progress">
      <p class="progress-text" aria-hidden="true">
        {text()}
      </p>
      <div
        class="progress-track"
        role="progressbar"
        aria-label="Survey progress"
        aria-valuemin={0}
        aria-valuemax={props.total}
        aria-valuenow={props.current}
        aria-valuetext={text()}
      >
        <div class="progress-fill" style={{ width: `${(100 * props.current) / props.total}%` }} />
      </div>
    </div>
  );
}
