import './handover.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { handoverUi } from '../../content/ui-handover';
import { contactUi } from '../../content/ui-contact';
import type { NetworkContact } from '../../storage/types';
import type { Instrument } from '../../content/schema';
import { encodeHandover } from '../../domain/handover';
import type { Answers } from '../../domain/types';
import { getEvent } from '../../storage/events';
import type { SessionRecord } from '../../storage/types';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { QrCode } from './QrCode';

/** "An das Veranstaltungsteam übergeben": after the participant agrees, the whole check as one QR code. */
export function Handover({
  session,
  instrument,
  answers,
  contact,
}: {
  session: SessionRecord;
  instrument: Instrument;
  answers: Answers;
  contact?: NetworkContact;
}) {
  const { tx } = useI18n();
  // A network's coordinator has no organiser to hand over to: the code moves the check to another device.
  const coord = instrument.role === 'coordinator';
  const give = coord ? handoverUi.giveCoord : handoverUi.give;
  const [step, setStep] = useState<'idle' | 'ask' | 'show'>('idle');
  const title = useRef<HTMLHeadingElement>(null);
  const shown = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  // a check of an event marked as Testlauf stays one on the device that collects it
  const [eventTestRun, setEventTestRun] = useState(false);
  const eventId = session.eventId;
  useEffect(() => {
    let live = true;
    if (eventId) void getEvent(eventId).then((e) => live && setEventTestRun(!!e?.testRun));
    return () => {
      live = false;
    };
  }, [eventId]);
  // the code appears below the fold on a phone: bring it into view and tell screen readers
  useEffect(() => {
    if (step === 'show') {
      title.current?.focus({ preventScroll: true });
      // after the question's dialog has closed and handed the focus back
      requestAnimationFrame(() => shown.current?.scrollIntoView({ block: 'center' }));
    } else if (returnFocus) trigger.current?.focus();
  }, [step, returnFocus]);
  if (!session.completedAt) return null;
  const code =
    step === 'show'
      ? encodeHandover(
          {
            instrumentId: session.instrumentId,
            instrumentVersion: session.instrumentVersion,
            id: session.id,
            completedAt: session.completedAt,
            answers,
            ...((session.testRun || eventTestRun) && { testRun: true }),
            ...(session.origin?.network && { network: session.origin.network }),
          },
          instrument,
        )
      : '';
  return (
    <section aria-labelledby="handover-h" class="handover no-print">
      <h2 id="handover-h">{tx(give)}</h2>
      <p>{tx(coord ? handoverUi.giveHintCoord : handoverUi.giveHint)}</p>
      {step === 'show' ? (
        <>
          <div ref={shown}>
            <h3 ref={title} tabIndex={-1}>
              {tx(handoverUi.codeTitle)}
            </h3>
            <QrCode text={code} label={tx(handoverUi.codeLabel)} />
          </div>
          <p>{tx(handoverUi.codeHint)}</p>
          {contact && (
            <p>
              {tx(contactUi.yours)}: <strong>{contact.person || contact.network}</strong>
              {contact.phone && ` · ${contact.phone}`}
            </p>
          )}
          <button
            type="button"
            class="btn"
            onClick={() => {
              setReturnFocus(true);
              setStep('idle');
            }}
          >
            {tx(handoverUi.codeDone)}
          </button>
        </>
      ) : (
        <button ref={trigger} type="button" class="btn" onClick={() => setStep('ask')}>
          {tx(give)}
        </button>
      )}
      {step === 'ask' && (
        <ConfirmDialog
          title={tx(handoverUi.askTitle)}
          text={tx(handoverUi.askText)}
          confirm={tx(handoverUi.askYes)}
          cancel={tx(handoverUi.askNo)}
          danger={false}
          onConfirm={() => setStep('show')}
          onCancel={() => setStep('idle')}
        />
      )}
    </section>
  );
}
