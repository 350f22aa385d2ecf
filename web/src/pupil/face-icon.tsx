/** A simple face from very sad (0) to very happy (4); the word beside it carries the meaning. */
export function FaceIcon(props: { value: number }) {
  const curve = (props.value - 2) * 4;
  return (
    <svg class="face" viewBox="0 0 32 32" aria-hidden="true">
      <circle class="face-head" cx="16" cy="16" r="14" />
      <circle cx="11" cy="12.5" r="2" />
      <circle cx="21" cy="12.5" r="2" />
      <path class="face-mouth" d={`M10 ${21 - curve / 2}Q16 ${21 + curve} 22 ${21 - curve / 2}`} />
    </svg>
  );
}
