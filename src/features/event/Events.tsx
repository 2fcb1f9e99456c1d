import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { href } from '../../app/router';
import { eventUi } from '../../content/ui-event';
import { contactUi } from '../../content/ui-contact';
import { eventSessions, listEvents } from '../../storage/events';
import type { EventRecord } from '../../storage/types';
import { Heading } from '../../ui/Heading';
import { TestRunBadge } from '../../ui/TestRunBadge';

interface Row {
  event: EventRecord;
  done: number;
  open: number;
}

/** The coordinator's events with how many checks each has collected. */
export function Events() {
  const { tx, date, day } = useI18n();
  const [rows, setRows] = useState<Row[] | null>(null);
  useEffect(() => {
    void (async () => {
      const events = await listEvents();
      setRows(
        await Promise.all(
          events.map(async (event) => {
            const s = await eventSessions(event.id);
            const done = s.filter((x) => x.completedAt).length;
            return { event, done, open: s.length - done };
          }),
        ),
      );
    })();
  }, []);
  return (
    <section>
      <Heading>{tx(eventUi.listTitle)}</Heading>
      <p>{tx(eventUi.listIntro)}</p>
      <p>
        <a class="btn btn--primary" href={href({ name: 'eventForm' })}>
          {tx(eventUi.create)}
        </a>{' '}
        <a class="btn" href={href({ name: 'network' })}>
          {tx(contactUi.open)}
        </a>
      </p>
      {rows?.length === 0 && <p>{tx(eventUi.none)}</p>}
      <ul class="cards">
        {rows?.map(({ event, done, open }) => (
          <li class="card" key={event.id}>
            <h2 class="card__title">
              <a href={href({ name: 'event', id: event.id })}>{event.name}</a>
              {event.testRun && <TestRunBadge />}
            </h2>
            <p class="muted">
              {day(event.date)} · {tx(eventUi.checksCount, { done, open })}
              {event.closedAt ? ` · ${tx(eventUi.closed, { date: date(event.closedAt) })}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
