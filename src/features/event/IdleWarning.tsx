import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { eventUi } from '../../content/ui-event';

/**
 * "Noch 20 Sekunden – weitermachen?": the countdown before the kiosk starts over. Screen readers
 * hear it once when it appears (its name); the ticking number is for the eye. Any input dismisses it.
 */
export function IdleWarning({ left }: { left: number }) {
  const { tx } = useI18n();
  const first = useRef(left);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus({ preventScroll: true }), []);
  return (
    <div
      class="idle-warning"
      role="alertdialog"
      aria-label={tx(eventUi.idleWarn, { n: first.current })}
    >
      <p class="idle-warning__title" aria-hidden="true">
        {tx(eventUi.idleWarn, { n: left })}
      </p>
      <button ref={button} type="button" class="btn btn--primary btn--large">
        {tx(eventUi.idleGoOn)}
      </button>
    </div>
  );
}
