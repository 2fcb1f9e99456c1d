import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { IdbSeam } from './seam-idb';
import { connect, resetConnection } from './connection';
import { saveAnswer, loadAnswers } from './answers';
import {
  checkPin,
  closeEvent,
  createEvent,
  deleteEvent,
  eventSessions,
  getEvent,
  listEvents,
  updateEvent,
} from './events';
import { createSession, getSession } from './sessions';
import type { EventRecord } from './types';

const input = {
  name: 'Kammerabend',
  date: '2026-11-23',
  instrumentId: 'kmu-kurz',
  idleSeconds: 90,
  keepPartial: false,
};

describe('events', () => {
  beforeEach(() => {
    resetConnection();
    return connect(() => IdbSeam.open({}, `events-${crypto.randomUUID()}`));
  });

  it('stores an event; the PIN only as a salted hash', async () => {
    const e = await createEvent({ ...input, pin: '4711' });
    expect(JSON.stringify(e)).not.toContain('4711');
    expect(await checkPin(e, '4711')).toBe(true);
    expect(await checkPin(e, '1234')).toBe(false);
    expect((await listEvents()).map((x) => x.id)).toEqual([e.id]);
  });

  it('an event without PIN opens without one; editing keeps or removes the PIN as asked', async () => {
    const e = await createEvent(input);
    expect(await checkPin(e, '')).toBe(true);
    const withPin = await updateEvent(e.id, { ...input, pin: '2468' });
    expect(await checkPin(withPin!, '2468')).toBe(true);
    const kept = await updateEvent(e.id, { ...input, name: 'Messe' });
    expect(kept?.name).toBe('Messe');
    expect(await checkPin(kept!, '0000')).toBe(false);
    const removed = await updateEvent(e.id, input, true);
    expect(await checkPin(removed!, '')).toBe(true);
  });

  it('clamps the idle timeout and closes an event without touching its checks', async () => {
    const e = await createEvent({ ...input, idleSeconds: 1 });
    expect(e.idleSeconds).toBe(5);
    const s = await createSession({
      instrumentId: 'kmu-kurz',
      instrumentVersion: 1,
      role: 'kmu',
      eventId: e.id,
    });
    await closeEvent(e.id, 99);
    expect((await getEvent(e.id))?.closedAt).toBe(99);
    expect((await eventSessions(e.id)).map((x) => x.id)).toEqual([s.id]);
  });

  it('deleting an event deletes its checks and answers, and nothing else', async () => {
    const e = await createEvent(input);
    const inEvent = await createSession({
      instrumentId: 'kmu-kurz',
      instrumentVersion: 1,
      role: 'kmu',
      eventId: e.id,
    });
    const own = await createSession({ instrumentId: 'kmu', instrumentVersion: 1, role: 'kmu' });
    await saveAnswer(inEvent.id, 'd1-1', 3);
    await saveAnswer(own.id, 'd1-1', 5);
    await deleteEvent(e.id);
    expect(await getEvent(e.id)).toBeUndefined();
    expect(await getSession(inEvent.id)).toBeUndefined();
    expect(await loadAnswers(inEvent.id)).toEqual({});
    expect(await loadAnswers(own.id)).toEqual({ 'd1-1': 5 });
  });

  it('a PIN hash without its salt (a hostile file) lets no PIN leave the kiosk', async () => {
    const file = readFileSync(join('test', 'fixtures', 'import', 'pin-without-salt.json'), 'utf8');
    const [event] = (JSON.parse(file) as { events: EventRecord[] }).events;
    expect(event?.pinHash).toBeTruthy();
    expect(event?.pinSalt).toBeUndefined();
    for (const pin of ['', '0000', '1234', '99999999'])
      expect(await checkPin(event!, pin)).toBe(false);
    // the salted hash the app writes still opens with its PIN only
    const own = await createEvent({ ...input, pin: '2468' });
    expect(await checkPin(own, '2468')).toBe(true);
    expect(await checkPin({ ...own, pinSalt: undefined }, '2468')).toBe(false);
  });
});
