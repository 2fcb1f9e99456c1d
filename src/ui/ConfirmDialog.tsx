import { useModal } from './use-modal';

/** A modal confirmation (native dialog: focus trapped, Escape cancels). */
export function ConfirmDialog({
  title,
  text,
  confirm,
  cancel,
  onConfirm,
  onCancel,
  danger = true,
}: {
  title: string;
  text: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Red for deleting; plain primary for a harmless yes. */
  danger?: boolean;
}) {
  const ref = useModal();
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby="dialog-title"
      aria-describedby="dialog-text"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="dialog-title">{title}</h2>
      <p id="dialog-text">{text}</p>
      <div class="actions">
        <button type="button" class="btn" autofocus onClick={onCancel}>
          {cancel}
        </button>
        <button
          type="button"
          class={danger ? 'btn btn--danger' : 'btn btn--primary'}
          onClick={onConfirm}
        >
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
