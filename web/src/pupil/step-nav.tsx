/** Back, Skip and Next under every question. Next is the form's submit, so Enter moves on too. */
export function StepNav(props: { onBack: () => void; onSkip: () => void }) {
  return (
    <div class="step-nav">
      <button type="button" class="btn secondary" onClick={() => props.onBack()}>
        Back
      </button>
      <button type="button" class="btn secondary" onClick={() => props.onSkip()}>
        Skip
      </button>
      <button type="submit" class="btn primary">
        Next
      </button>
    </div>
  );
}
