import { useEffect, useRef, useState } from 'preact/hooks';
import { ANSWER } from '../storage/schema/fields';

const SAVE_AFTER_MS = 400;

/** A free-text note, saved shortly after typing stops and when the field is left. */
export function TextAnswer({
  id,
  label,
  hint,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const latest = useRef({ draft, value, onChange });
  latest.current = { draft, value, onChange };
  const flush = () => {
    clearTimeout(timer.current);
    const { draft: d, value: v, onChange: save } = latest.current;
    if (d !== v) save(d);
  };
  useEffect(() => flush, []);
  return (
    <div class="q text">
      <label for={id}>{label}</label>
      {hint && <p class="hint">{hint}</p>}
      <textarea
        id={id}
        rows={3}
        maxLength={ANSWER.text}
        value={draft}
        onInput={(e) => {
          setDraft(e.currentTarget.value);
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, SAVE_AFTER_MS);
        }}
        onBlur={flush}
      />
    </div>
  );
}
