import { DONT_KNOW, type AnswerValue } from '../domain/types';

/** Texts of the five points and of "weiß nicht", in the current language. */
export interface LikertLabels {
  points: [string, string, string, string, string];
  dontKnow: string;
}

/** A 5-point agreement scale as a native radio group with a separate "weiß nicht". */
export function Likert({
  name,
  legend,
  hint,
  value,
  labels,
  onChange,
}: {
  name: string;
  legend: string;
  hint?: string;
  value: AnswerValue | undefined;
  labels: LikertLabels;
  onChange: (v: AnswerValue) => void;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset class="q likert" aria-describedby={hintId}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      <div class="likert__scale">
        {labels.points.map((text, i) => (
          <label class="likert__point" key={i}>
            <input
              type="radio"
              name={name}
              // a text, as the DOM keeps it: a number would be written again at every render
              value={String(i + 1)}
              checked={value === i + 1}
              onChange={() => onChange(i + 1)}
            />
            <span class="likert__num">{i + 1}</span>
            <span class="likert__text">{text}</span>
          </label>
        ))}
      </div>
      <label class="likert__na">
        <input
          type="radio"
          name={name}
          value={DONT_KNOW}
          checked={value === DONT_KNOW}
          onChange={() => onChange(DONT_KNOW)}
        />
        <span>{labels.dontKnow}</span>
      </label>
    </fieldset>
  );
}
