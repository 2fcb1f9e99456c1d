import { useRef } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { eventUi } from '../../content/ui-event';
import { useModal } from '../../ui/use-modal';

/**
 * "Noch 20 Sekunden – weitermachen?": the countdown before the kiosk starts over, as a modal
 * dialog (the page waits behind it, focus goes to its button and back after). Screen readers hear
 * it once when it appears (its name); the ticking number is for the eye. Any input dismisses it,
 * Escape too.
 */
export function IdleWarning({ left }: { left: number }) {
  const { tx } = useI18n();
  const first = useRef(left);
  const ref = useModal();
  return (
    <dialog
      ref={ref}
      class="dialog idle-warning"
      role="alertdialog"
      aria-label={tx(eventUi.idleWarn, { n: first.current })}
      // the key itself counts as input and ends the warning; the browser must not close it alone
      onCancel={(e) => e.preventDefault()}
    >
      <p class="idle-warning__title" aria-hidden="true">
        {tx(eventUi.idleWarn, { n: left })}
      </p>
      <button type="button" class="btn btn--primary btn--large" autofocus>
        {tx(eventUi.idleGoOn)}
      </button>
    </dialog>
  );
}
