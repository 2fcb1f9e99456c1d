/** An option of a choice question. */
export interface ChoiceOption {
  id: string;
  label: string;
}

/** What both choice questions take; V is the answer's type. */
interface ChoiceProps<V> {
  name: string;
  legend: string;
  hint?: string;
  options: ChoiceOption[];
  value: V;
  onChange: (v: NonNullable<V>) => void;
}

/** A single-choice question as a native radio group. */
export function SingleChoice({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
}: ChoiceProps<string | undefined>) {
  return (
    <fieldset class="q choice">
      <legend>{legend}</legend>
      {hint && <p class="hint">{hint}</p>}
      {options.map((o) => (
        <label class="option" key={o.id}>
          <input
            type="radio"
            name={name}
            value={o.id}
            checked={value === o.id}
            onChange={() => onChange(o.id)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** A multiple-choice question as native checkboxes; an option "none" clears the others. */
export function MultiChoice({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
}: ChoiceProps<string[]>) {
  const toggle = (id: string, on: boolean) => {
    if (!on) return onChange(value.filter((v) => v !== id));
    if (id === 'none') return onChange(['none']);
    onChange([...value.filter((v) => v !== 'none' && v !== id), id]);
  };
  return (
    <fieldset class="q choice">
      <legend>{legend}</legend>
      {hint && <p class="hint">{hint}</p>}
      {options.map((o) => (
        <label class="option" key={o.id}>
          <input
            type="checkbox"
            name={name}
            value={o.id}
            checked={value.includes(o.id)}
            onChange={(e) => toggle(o.id, e.currentTarget.checked)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
