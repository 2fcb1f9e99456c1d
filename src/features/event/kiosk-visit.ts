import { catalog } from '../../content/catalog';
import { getEvent } from '../../storage/events';
import { getKiosk, setKiosk } from '../../storage/kiosk';
import { createSession, deleteSession, getSession } from '../../storage/sessions';
import type { EventRecord } from '../../storage/types';

// The check this kiosk screen started in this visit. Held in memory only, never in the address,
// so a reload, a restart or another tab cannot reach it.
let owned: string | undefined;
let starting: Promise<string> | undefined;
let queue: Promise<unknown> = Promise.resolve();

// starting and closing one after the other, so a close never forgets a check that was just started
const serial = <T>(fn: () => Promise<T>): Promise<T> => {
  const run = queue.then(fn);
  queue = run.catch(() => undefined);
  return run;
};

/** Whether this kiosk screen started the check in this visit (the only way to see it). */
export const ownsCheck = (id: string) => id === owned;

/**
 * Closes the kiosk's earlier check to the screen: an unfinished one is deleted unless the event
 * keeps partial answers (then it counts as incomplete and is in the backup; an anonymous event's
 * check opens on no screen singly, see opensSingly).
 */
export const closeVisit = () =>
  serial(async () => {
    owned = undefined;
    const kiosk = await getKiosk();
    if (!kiosk?.current) return;
    const [event, session] = await Promise.all([
      getEvent(kiosk.eventId),
      getSession(kiosk.current),
    ]);
    if (session && !session.completedAt && !event?.keepPartial) await deleteSession(session.id);
    await setKiosk({ eventId: kiosk.eventId });
  });

/** Starts the next visitor's check; a second tap while it starts gets the same check. */
export function startVisit(event: EventRecord): Promise<string> {
  starting ??= serial(async () => {
    const entry = catalog[event.instrumentId as keyof typeof catalog];
    const s = await createSession({
      instrumentId: event.instrumentId,
      instrumentVersion: entry?.version ?? 1,
      role: 'kmu',
      eventId: event.id,
    });
    await setKiosk({ eventId: event.id, current: s.id });
    owned = s.id;
    return s.id;
  }).finally(() => {
    starting = undefined;
  });
  return starting;
}
