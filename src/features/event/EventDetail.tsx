import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { enterKiosk } from '../../app/kiosk-mode';
import { href, navigate } from '../../app/router';
import { catalog } from '../../content/catalog';
import { dataUi } from '../../content/ui-data';
import { eventUi } from '../../content/ui-event';
import { dashUi } from '../../content/ui-dashboard';
import { handoverUi } from '../../content/ui-handover';
import { MAX_CHECKS } from '../../storage/backup/format';
import { closeEvent, deleteEvent, eventSessions, getEvent } from '../../storage/events';
import type { EventRecord, SessionRecord } from '../../storage/types';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Heading } from '../../ui/Heading';
import { exportJson } from '../data/actions';

/** One event: its settings, its collected checks, and the way into kiosk mode. */
export function EventDetail({ id }: { id: string }) {
  const { tx, date, day, lang } = useI18n();
  const [event, setEvent] = useState<EventRecord | null | 'missing'>(null);
  const [sessions, setSessions] = useState<SessionRecord[]>([]);
  const [confirm, setConfirm] = useState(false);
  const [message, setMessage] = useState('');

  const load = async () => {
    const e = await getEvent(id);
    setEvent(e ?? 'missing');
    setSessions(await eventSessions(id));
  };
  useEffect(() => void load(), [id]);

  if (event === null) return null;
  if (event === 'missing') return <p role="alert">{tx(eventUi.notFound)}</p>;
  const done = sessions.filter((s) => s.completedAt).length;
  const instrument = catalog[event.instrumentId as keyof typeof catalog];

  const startKiosk = async () => {
    await enterKiosk(event.id);
    navigate({ name: 'kiosk' }, true);
  };

  return (
    <section>
      <Heading>{event.name}</Heading>
      <p class="muted">
        {day(event.date)} · {instrument ? tx(instrument.title) : event.instrumentId}
      </p>
      <h2>{tx(eventUi.detailChecks)}</h2>
      <p data-testid="event-counts">
        {tx(eventUi.checksCount, { done, open: sessions.length - done })}
      </p>
      {event.closedAt ? (
        <p class="notice">{tx(eventUi.closedNote)}</p>
      ) : (
        <>
          <p>{tx(eventUi.startKioskHint)}</p>
          <button type="button" class="btn btn--primary" onClick={() => void startKiosk()}>
            {tx(eventUi.startKiosk)}
          </button>
        </>
      )}
      <div class="actions">
        <a class="btn" href={href({ name: 'collect', id: event.id })}>
          {tx(handoverUi.collect)}
        </a>
        <a class="btn" href={href({ name: 'dashboard', scope: event.id })}>
          {tx(dashUi.title)}
        </a>
        <a class="btn" href={href({ name: 'eventForm', id: event.id })}>
          {tx(eventUi.edit)}
        </a>
        {!event.closedAt && (
          <button type="button" class="btn" onClick={() => void closeEvent(event.id).then(load)}>
            {tx(eventUi.close)}
          </button>
        )}
        <button
          type="button"
          class="btn"
          disabled={!sessions.length}
          onClick={() =>
            void exportJson(sessions.map((s) => s.id)).then((r) =>
              setMessage(
                r.delivery === 'too-big'
                  ? tx(dataUi.exportTooBigEvent, { max: MAX_CHECKS.toLocaleString(lang) })
                  : r.delivery === 'cancelled'
                    ? ''
                    : r.name,
              ),
            )
          }
        >
          {tx(eventUi.exportEvent)}
        </button>
        <button type="button" class="btn btn--danger" onClick={() => setConfirm(true)}>
          {tx(eventUi.delete)}
        </button>
      </div>
      <p role="status">{message}</p>
      {confirm && (
        <ConfirmDialog
          title={tx(eventUi.deleteTitle)}
          text={tx(eventUi.deleteText, { name: event.name, n: sessions.length })}
          confirm={tx(eventUi.deleteConfirm)}
          cancel={tx(eventUi.cancel)}
          onCancel={() => setConfirm(false)}
          onConfirm={async () => {
            await deleteEvent(event.id);
            navigate({ name: 'events' }, true);
          }}
        />
      )}
      <p class="muted">
        {event.closedAt ? tx(eventUi.closed, { date: date(event.closedAt) }) : ''}
      </p>
    </section>
  );
}
