import type { Instrument, Item } from '../content/schema';
import { ID_PATTERN, type HANDOVER_FIELDS } from '../storage/schema/fields';
import type { SessionRecord } from '../storage/types';
import type { AnswerValue, Answers } from './types';

/**
 * The hand-over code: one completed check as a string of digits, so a QR code can carry it in
 * numeric mode (3.3 bits a digit) and stay small enough for a phone camera at arm's length.
 *
 * Layout, all decimal digits:
 *   "73" magic · format version (1) · instrument number (1) · instrument version (2)
 *   · check id (the UUID's 128 bits, 39 digits) · completion time (ms since 2020, 13 digits)
 *   · provenance (format 2 on): flags (1: 1 = Testlauf, 2 = a network follows), and the network
 *     profile's name as its length (3) and two digits a character (see NAME_CHARS)
 *   · one field per item in the instrument's order (see fieldWidth) · checksum (2, mod 97).
 * Free-text notes are never carried: the code leaves the device on someone else's screen. A code
 * of format 1 (no provenance) is still read.
 */
export const HANDOVER_FORMAT = 2;
const MAGIC = '73';
const EPOCH = Date.UTC(2020, 0, 1);
/** Instruments by their number in the code; append only, never reorder. */
export const HANDOVER_INSTRUMENTS = ['kmu', 'kmu-kurz', 'netzwerk'] as const;

/**
 * One check as the code carries it: the session fields HANDOVER_FIELDS names, its answers, and
 * where it came from: marked as Testlauf, and the network of its origin (the sending device's
 * network profile), where there is one.
 */
export type HandoverCheck = Required<Pick<SessionRecord, (typeof HANDOVER_FIELDS)[number]>> & {
  answers: Answers;
  testRun?: boolean;
  network?: string;
};

/**
 * The characters of a name written as two digits each, by their place; any other is "99" and its
 * UTF-16 code in five digits. Append only, never reorder.
 */
const NAME_CHARS =
  ' abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789äöüÄÖÜß-.,&/()\'„“"+:;!?_éèàçñ–';
const ESCAPE = '99';

const nameDigits = (name: string) =>
  String(name.length).padStart(3, '0') +
  // by UTF-16 code unit: a character outside the list, even an emoji, is one or two escapes
  Array.from({ length: name.length }, (_, k) => {
    const at = NAME_CHARS.indexOf(name[k]!);
    return at >= 0
      ? String(at).padStart(2, '0')
      : ESCAPE + String(name.charCodeAt(k)).padStart(5, '0');
  }).join('');

/** Why a code was not taken. */
export type HandoverProblem = 'foreign' | 'damaged' | 'newer-format' | 'unknown-instrument';

/** Digits a field of this item takes: 1 for a scale point or one of up to 9 options, else more. */
export function fieldWidth(item: Item): number {
  const n = item.options?.length ?? 0;
  if (item.type === 'likert') return 1;
  if (item.type === 'single') return String(n).length;
  if (item.type === 'multi') return String(2 ** n - 1).length;
  return 0;
}

const carried = (instrument: Instrument) =>
  instrument.blocks.flatMap((b) => b.items).filter((i) => fieldWidth(i) > 0);

function field(item: Item, value: AnswerValue | undefined): string {
  const width = fieldWidth(item);
  const index = (id: string) => (item.options?.findIndex((o) => o.id === id) ?? -1) + 1;
  let n = 0;
  if (item.type === 'likert') n = value === 'na' ? 6 : typeof value === 'number' ? value : 0;
  else if (item.type === 'single' && typeof value === 'string') n = index(value);
  else if (item.type === 'multi' && Array.isArray(value))
    for (const id of value) if (index(id)) n += 2 ** (index(id) - 1);
  return String(n).padStart(width, '0');
}

function read(item: Item, digits: string): AnswerValue | undefined | null {
  const n = Number(digits);
  const options = item.options ?? [];
  if (n === 0) return undefined;
  if (item.type === 'likert') return n === 6 ? 'na' : n <= 5 ? n : null;
  if (item.type === 'single') return options[n - 1]?.id ?? null;
  if (n >= 2 ** options.length) return null;
  return options.filter((_, k) => Math.floor(n / 2 ** k) % 2 === 1).map((o) => o.id);
}

/** Mod 97 of a digit string, read in chunks that stay exact in floating point. */
const mod97 = (digits: string) => {
  let r = 0;
  for (let i = 0; i < digits.length; i += 7) r = Number(`${r}${digits.slice(i, i + 7)}`) % 97;
  return r;
};

const uuidToDigits = (id: string) =>
  BigInt(`0x${id.replace(/-/g, '')}`)
    .toString()
    .padStart(39, '0');
const digitsToUuid = (d: string) => {
  const hex = BigInt(d).toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** The digits of a completed check's hand-over code. */
export function encodeHandover(check: HandoverCheck, instrument: Instrument): string {
  const number = HANDOVER_INSTRUMENTS.indexOf(check.instrumentId as never) + 1;
  if (!number || !ID_PATTERN.test(check.id))
    throw new Error(`cannot hand over ${check.instrumentId}`);
  // to the millisecond, so the same check arriving later as a file is recognised as the same
  const ms = Math.max(0, Math.round(check.completedAt - EPOCH));
  const body =
    MAGIC +
    HANDOVER_FORMAT +
    number +
    String(check.instrumentVersion).padStart(2, '0') +
    uuidToDigits(check.id) +
    String(ms).padStart(13, '0') +
    ((check.testRun ? 1 : 0) + (check.network ? 2 : 0)) +
    (check.network ? nameDigits(check.network) : '') +
    carried(instrument)
      .map((i) => field(i, check.answers[i.id]))
      .join('');
  // ISO 7064 mod 97-10: the whole code is then 1 modulo 97
  return body + String(98 - mod97(`${body}00`)).padStart(2, '0');
}

/** Reads a hand-over code; the instrument is looked up by id. */
export function decodeHandover(
  text: string,
  instrumentOf: (id: string) => Instrument | undefined,
): { check: HandoverCheck } | { problem: HandoverProblem } {
  const digits = text.trim();
  if (!/^\d+$/.test(digits) || !digits.startsWith(MAGIC) || digits.length < 60)
    return { problem: 'foreign' };
  if (mod97(digits) !== 1) return { problem: 'damaged' };
  const format = Number(digits[2]);
  if (format > HANDOVER_FORMAT) return { problem: 'newer-format' };
  const instrumentId = HANDOVER_INSTRUMENTS[Number(digits[3]) - 1];
  const instrument = instrumentId && instrumentOf(instrumentId);
  const version = Number(digits.slice(4, 6));
  if (!instrument || instrument.version !== version) return { problem: 'unknown-instrument' };
  let at = 6;
  const take = (n: number) => digits.slice(at, (at += n));
  const id = digitsToUuid(take(39));
  const completedAt = EPOCH + Number(take(13));
  const flags = format >= 2 ? Number(take(1)) : 0;
  let network: string | undefined;
  if (flags > 3) return { problem: 'damaged' };
  if (flags & 2) {
    const length = Number(take(3));
    const codes: number[] = [];
    while (codes.length < length && at < digits.length) {
      const pair = take(2);
      const code = pair === ESCAPE ? Number(take(5)) : NAME_CHARS.charCodeAt(Number(pair));
      if (Number.isNaN(code) || code > 0xffff) return { problem: 'damaged' };
      codes.push(code);
    }
    network = String.fromCharCode(...codes);
    if (network.length !== length) return { problem: 'damaged' };
  }
  const answers: Record<string, AnswerValue> = {};
  const items = carried(instrument);
  if (digits.length !== at + items.reduce((s, i) => s + fieldWidth(i), 0) + 2)
    return { problem: 'damaged' };
  for (const item of items) {
    const value = read(item, take(fieldWidth(item)));
    if (value === null) return { problem: 'damaged' };
    if (value !== undefined) answers[item.id] = value;
  }
  return {
    check: {
      instrumentId: instrument.id,
      instrumentVersion: version,
      id,
      completedAt,
      answers,
      ...(flags & 1 && { testRun: true as const }),
      ...(network !== undefined && { network }),
    },
  };
}
