import { storage } from './connection';
import { cleanConsent, cleanContact, cleanEventName, cleanIdle } from './schema/clean';
import type { EventPrivacy, EventRecord, NetworkContact } from './types';

/** What a coordinator enters for an event. */
export interface EventInput {
  name: string;
  date: string;
  instrumentId: string;
  pin?: string;
  idleSeconds: number;
  keepPartial: boolean;
  consent?: string;
  contact?: NetworkContact;
  privacy?: EventPrivacy;
  testRun?: boolean;
}

const hex = (buf: ArrayBuffer) =>
  [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 of salt + PIN as hex (the PIN itself is never stored). */
export async function hashPin(pin: string, salt: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:${pin}`)));
}

async function withPin(
  base: Omit<EventRecord, 'pinHash' | 'pinSalt'>,
  pin: string | undefined,
): Promise<EventRecord> {
  if (!pin) return base;
  const pinSalt = crypto.randomUUID();
  return { ...base, pinSalt, pinHash: await hashPin(pin, pinSalt) };
}

const clean = (input: EventInput) => ({
  name: cleanEventName(input.name),
  date: input.date,
  instrumentId: input.instrumentId,
  idleSeconds: cleanIdle(input.idleSeconds),
  keepPartial: input.keepPartial,
  consent: cleanConsent(input.consent),
  contact: input.contact && cleanContact(input.contact),
  privacy: input.privacy === 'feedback' ? input.privacy : undefined,
  testRun: input.testRun || undefined,
});

/** Creates and stores an event. */
export async function createEvent(input: EventInput, now = Date.now()): Promise<EventRecord> {
  const event = await withPin(
    { id: crypto.randomUUID(), ...clean(input), createdAt: now, updatedAt: now },
    input.pin,
  );
  await (await storage()).putEvent(event);
  return event;
}

/** Changes an event; an empty PIN keeps the old one unless removePin is set. */
export async function updateEvent(
  id: string,
  input: EventInput,
  removePin = false,
  now = Date.now(),
) {
  const db = await storage();
  const old = await db.getEvent(id);
  if (!old) return undefined;
  const { pinHash, pinSalt, ...rest } = old;
  const base = { ...rest, ...clean(input), updatedAt: now };
  const event = input.pin
    ? await withPin(base, input.pin)
    : removePin
      ? base
      : { ...base, pinHash, pinSalt };
  await db.putEvent(event);
  return event;
}

/**
 * Whether a PIN opens this event (true when it has none). A hash without its salt opens to no
 * PIN: such a record was not written by this app, and treating it as "no PIN" would unlock the kiosk.
 */
export async function checkPin(event: EventRecord, pin: string): Promise<boolean> {
  if (!event.pinHash) return true;
  return !!event.pinSalt && (await hashPin(pin, event.pinSalt)) === event.pinHash;
}

/** Marks an event as closed (its checks stay). */
export async function closeEvent(id: string, now = Date.now()) {
  const db = await storage();
  const e = await db.getEvent(id);
  if (e) await db.putEvent({ ...e, closedAt: now, updatedAt: now });
}

/** One event. */
export const getEvent = async (id: string) => (await storage()).getEvent(id);

/** All events, newest first. */
export async function listEvents() {
  return (await (await storage()).listEvents()).sort((a, b) => b.createdAt - a.createdAt);
}

/** Deletes an event and its checks. */
export const deleteEvent = async (id: string) => (await storage()).deleteEvent(id);

/** The checks stored under an event. */
export async function eventSessions(eventId: string) {
  return (await (await storage()).listSessions()).filter((s) => s.eventId === eventId);
}
