import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { leaveKiosk } from '../../app/kiosk-mode';
import { navigate, type Route } from '../../app/router';
import { kioskAllows } from '../../app/routes';
import { eventUi } from '../../content/ui-event';
import { checkPin, getEvent } from '../../storage/events';
import type { KioskState } from '../../storage/types';
import type { EventRecord } from '../../storage/types';
import { Heading } from '../../ui/Heading';
import { Questionnaire } from '../questionnaire/Questionnaire';
import { Result } from '../results/Result';
import { ContactCard } from './ContactCard';
import { FollowUpForm } from './FollowUpForm';
import { closeVisit, ownsCheck, startVisit } from './kiosk-visit';
import { PinDialog } from './PinDialog';
import { IdleWarning } from './IdleWarning';
import { useIdle } from './use-idle';

const home = () => navigate({ name: 'kiosk' }, true);

/** Kiosk mode: only the event's start, the current respondent's check and result, nothing else. */
export function Kiosk({ route, kiosk }: { route: Route; kiosk: KioskState }) {
  const { tx } = useI18n();
  const [event, setEvent] = useState<EventRecord | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [notice, setNotice] = useState('');

  useEffect(() => void getEvent(kiosk.eventId).then((e) => setEvent(e ?? null)), [kiosk.eventId]);

  const allowed = kioskAllows(route, ownsCheck);
  useEffect(() => {
    if (!allowed) home();
  }, [allowed]);
  // whenever the start screen shows (after a restart, a reload, back, idle or "Fertig"),
  // the earlier visitor's check is closed to the screen
  useEffect(() => {
    if (route.name === 'kiosk') void closeVisit();
  }, [route.name]);

  const finish = () => {
    scrollTo(0, 0);
    home();
  };

  // after the reset the start screen says in plain words what became of the visitor's check
  const onIdle = () => {
    setNotice(
      tx(
        route.name === 'kioskResult'
          ? eventUi.idleDone
          : event?.keepPartial
            ? eventUi.idleKept
            : eventUi.idleDiscarded,
        { n: event?.idleSeconds ?? 120 },
      ),
    );
    finish();
  };
  const left = useIdle(event?.idleSeconds ?? 120, onIdle, !!event && route.name !== 'kiosk');

  const start = async () => {
    if (!event) return;
    const id = await startVisit(event);
    setNotice('');
    navigate({ name: 'kioskCheck', id, page: 0 }, true);
  };

  if (!event) return null;
  return (
    <div class="kiosk">
      <div class="kiosk__bar">
        <span class="kiosk__event">{event.name}</span>
        <button type="button" class="link" onClick={() => setLeaving(true)}>
          {tx(eventUi.kioskLeave)}
        </button>
      </div>
      {!allowed ? null : route.name === 'kioskCheck' ? (
        <Questionnaire key={route.id} id={route.id} page={route.page} kiosk />
      ) : route.name === 'kioskResult' ? (
        <Result
          key={route.id}
          id={route.id}
          kiosk={{
            onDone: finish,
            compact: event.instrumentId === 'kmu-kurz',
            extra: (
              <>
                {event.privacy === 'feedback' && <FollowUpForm id={route.id} event={event} />}
                <p class="notice no-print">{tx(eventUi.kioskPrint)}</p>
              </>
            ),
          }}
        />
      ) : (
        <section class="start">
          {notice && (
            <p class="notice" role="status">
              {notice}
            </p>
          )}
          <Heading focusKey="kiosk-start">{tx(eventUi.kioskWelcome)}</Heading>
          <p class="lead">{tx(eventUi.kioskLead)}</p>
          <p>{tx(eventUi.kioskPrivacy)}</p>
          <p class="notice">
            {tx(event.privacy === 'feedback' ? eventUi.kioskFeedback : eventUi.kioskAnonym)}
          </p>
          {event.consent && <p class="notice">{event.consent}</p>}
          {event.contact && <ContactCard contact={event.contact} />}
          {event.closedAt ? (
            <p class="notice">{tx(eventUi.kioskClosed)}</p>
          ) : (
            <button type="button" class="btn btn--primary btn--large" onClick={() => void start()}>
              {tx(eventUi.kioskStart)}
            </button>
          )}
        </section>
      )}
      {left !== null && <IdleWarning left={left} />}
      {leaving && (
        <PinDialog
          needsPin={!!event.pinHash}
          onCancel={() => setLeaving(false)}
          onSubmit={async (pin) => {
            if (!(await checkPin(event, pin))) return false;
            await closeVisit();
            await leaveKiosk();
            navigate({ name: 'event', id: event.id }, true);
            return true;
          }}
        />
      )}
    </div>
  );
}
