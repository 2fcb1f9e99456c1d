// first screen: keep small
/**
 * What each stored field may hold, without zod: the limits and allowed values that the zod
 * schemas next to this file, the forms' maxLength, the clean-up on save and the merge all share.
 * (zod loads only when a file is read; this module is small enough for every screen.)
 */

/** A check's or an event's id: a UUID as crypto.randomUUID() writes it. */
export const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The days a date field may name (event day, plan due date), as a date input's min and max. */
export const DAY_RANGE = { min: '2000-01-01', max: '2999-12-31' } as const;

/** Whether a YYYY-MM-DD text names a real calendar day within DAY_RANGE. */
export function realDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(s) &&
    day.getUTCMonth() === m - 1 &&
    day.getUTCDate() === d &&
    s >= DAY_RANGE.min &&
    s <= DAY_RANGE.max
  );
}

/** Who answers a check. */
export const ROLES = ['kmu', 'coordinator'] as const;

/**
 * How a check came onto the device it was recorded on: answered there, at an event in
 * Veranstaltungsmodus, or scanned from a visitor's hand-over QR code.
 */
export const ARRIVALS = ['here', 'kiosk', 'qr'] as const;

/** A device's short name (e.g. "Messe-Tablet"). */
export const DEVICE = { name: 40 } as const;

/** How an event treats its visitors (see EventPrivacy). */
export const PRIVACY = ['anonym', 'feedback'] as const;

/** One answer: the longest free text, the longest option id and the most options ticked. */
export const ANSWER = { itemId: 60, text: 2000, option: 100, options: 50 } as const;

/** One step of the action plan. */
export const PLAN_ENTRY = { recommendationId: 60, who: 120, note: 500 } as const;

/** A visitor's wish for a follow-up. */
export const FOLLOW_UP = { name: 120, contact: 200, consent: 600 } as const;

/** The network's contact (profile and the copy an event shows). */
export const CONTACT = {
  network: 120,
  person: 120,
  phone: 40,
  email: 120,
  web: 200,
  dates: 500,
} as const;

/** One check. */
export const SESSION = {
  instrumentId: 40,
  label: 120,
  eventId: 60,
  position: 1000,
  planEntries: 100,
} as const;

/** One event. */
export const EVENT = {
  name: 120,
  instrumentId: 40,
  consent: 500,
  idleSeconds: { min: 5, max: 3600 },
} as const;

/** One export file (how many checks it may hold: MAX_CHECKS of the file format). */
export const FILE = { exportedAt: 40, events: 10_000 } as const;

/**
 * Fields that record when or how a copy came about, not what was answered: the merge leaves them
 * out when it decides whether two versions of a check are the same. Every other field counts.
 */
export const BOOKKEEPING = {
  session: ['id', 'createdAt', 'updatedAt', 'position', 'copyOf', 'handedOver', 'origin'],
  answer: ['updatedAt'],
  planEntry: ['updatedAt'],
  followUp: ['at'],
} as const;

/** What a hand-over QR code carries of a check besides its answers (never free text). */
export const HANDOVER_FIELDS = ['id', 'instrumentId', 'instrumentVersion', 'completedAt'] as const;

/** Cuts typed text to its field's limit; trims it too once the person is done typing. */
export const fit = (text: string, max: number, trim = true) =>
  (trim ? text.trim() : text).slice(0, max);
