import { useState } from 'preact/hooks';
import { useModal } from '../../ui/use-modal';
import { useI18n } from '../../app/i18n';
import { eventUi } from '../../content/ui-event';

/** Asks for the event PIN (or just confirms when there is none) before kiosk mode ends. */
export function PinDialog({
  needsPin,
  onSubmit,
  onCancel,
}: {
  needsPin: boolean;
  onSubmit: (pin: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const { tx } = useI18n();
  const ref = useModal();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby="pin-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!(await onSubmit(pin))) {
            setWrong(true);
            setPin('');
          }
        }}
      >
        <h2 id="pin-title">{tx(needsPin ? eventUi.kioskPinTitle : eventUi.kioskLeave)}</h2>
        <p>{tx(eventUi.kioskLeaveConfirm)}</p>
        {needsPin && (
          <>
            <label for="kiosk-pin">{tx(eventUi.kioskPinLabel)}</label>
            <input
              id="kiosk-pin"
              type="password"
              inputMode="numeric"
              autocomplete="off"
              autofocus
              maxLength={8}
              aria-invalid={wrong}
              aria-describedby={wrong ? 'kiosk-pin-error' : undefined}
              value={pin}
              onInput={(e) => setPin(e.currentTarget.value)}
            />
          </>
        )}
        {wrong && (
          <p id="kiosk-pin-error" role="alert" class="notice notice--error">
            {tx(eventUi.kioskPinWrong)}
          </p>
        )}
        <div class="actions">
          <button type="button" class="btn" onClick={onCancel}>
            {tx(eventUi.cancel)}
          </button>
          <button type="submit" class="btn btn--primary">
            {tx(eventUi.kioskPinOk)}
          </button>
        </div>
      </form>
    </dialog>
  );
}
