import { summarizer } from '../summary';
import { beforeEach, describe, expect, it } from 'vitest';
import { IdbSeam } from '../../storage/seam-idb';
import { connect, resetConnection } from '../../storage/connection';
import { createEvent, eventSessions } from '../../storage/events';
import { getKiosk, setKiosk } from '../../storage/kiosk';
import { completeSession, createSession } from '../../storage/sessions';
import { closeVisit, ownsCheck, startVisit } from './kiosk-visit';

const input = (keepPartial: boolean) => ({
  name: 'Messe',
  date: '2026-11-23',
  instrumentId: 'kmu-kurz',
  idleSeconds: 90,
  keepPartial,
});

describe('kiosk visit', () => {
  beforeEach(() => {
    resetConnection();
    return connect(() => IdbSeam.open({}, `kiosk-${crypto.randomUUID()}`));
  });

  it('two taps at once start one check', async () => {
    const event = await createEvent(input(true));
    await setKiosk({ eventId: event.id });
    const [a, b] = await Promise.all([startVisit(event), startVisit(event)]);
    expect(a).toBe(b);
    expect(await eventSessions(event.id)).toHaveLength(1);
    expect(ownsCheck(a)).toBe(true);
  });

  it('closing deletes an unfinished check when the event discards partial answers', async () => {
    const event = await createEvent(input(false));
    await setKiosk({ eventId: event.id });
    const id = await startVisit(event);
    await closeVisit();
    expect(ownsCheck(id)).toBe(false);
    expect(await eventSessions(event.id)).toHaveLength(0);
    expect(await getKiosk()).toEqual({ eventId: event.id });
  });

  it('closing keeps an unfinished check when the event keeps them, and a finished one always', async () => {
    for (const keep of [true, false]) {
      const event = await createEvent(input(keep));
      await setKiosk({ eventId: event.id });
      const id = await startVisit(event);
      if (!keep) await completeSession(id, summarizer);
      await closeVisit();
      expect(ownsCheck(id)).toBe(false);
      expect((await eventSessions(event.id)).map((s) => s.id)).toEqual([id]);
    }
  });

  it('a check left open before a restart is closed though this screen never owned it', async () => {
    const event = await createEvent(input(false));
    // what a restart leaves: the stored kiosk state names a check nobody holds in memory
    const s = await createSession({
      instrumentId: 'kmu-kurz',
      instrumentVersion: 1,
      role: 'kmu',
      eventId: event.id,
    });
    await setKiosk({ eventId: event.id, current: s.id });
    expect(ownsCheck(s.id)).toBe(false);
    await closeVisit();
    expect(await eventSessions(event.id)).toHaveLength(0);
    expect(await getKiosk()).toEqual({ eventId: event.id });
  });
});
