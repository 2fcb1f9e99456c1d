/** A labelled progress bar (native progress element, announced by screen readers). */
export function ProgressBar({
  value,
  max,
  label,
  text,
}: {
  value: number;
  max: number;
  label: string;
  text: string;
}) {
  return (
    <div class="progress">
      <label>
        <span class="visually-hidden">{label}: </span>
        <span class="progress__text">{text}</span>
        <progress value={value} max={max} />
      </label>
    </div>
  );
}
