import { useRef, useState } from 'preact/hooks';

/**
 * A button that opens the file picker, inside a zone that also takes dropped files (touch screens
 * show the button only, see base.css). The hidden input keeps its id for tests and labels.
 */
export function DropZone(props: {
  inputId: string;
  choose: string;
  hint: string;
  multiple?: boolean;
  disabled?: boolean;
  onChosen: (files: File[]) => void;
  onDropped: (data: DataTransfer) => void;
}) {
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div
      class={over ? 'drop drop--over' : 'drop'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (e.dataTransfer) props.onDropped(e.dataTransfer);
      }}
    >
      <button
        type="button"
        class="btn"
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {props.choose}
      </button>
      <input
        ref={input}
        id={props.inputId}
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        type="file"
        multiple={props.multiple}
        accept=".json,application/json"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          props.onChosen(files);
        }}
      />
      <span class="muted" aria-hidden="true">
        {props.hint}
      </span>
    </div>
  );
}
