import type { CheckSummary } from '../domain/summary';
import type { PoolEntry } from './snapshot';

/**
 * The pool entries of all completed checks, packed into a few records: reading 10,000 records
 * costs seconds however small they are, reading 64 small records does not. Each check lives on
 * the page its id hashes to; a page is rewritten in the transaction that writes or deletes one
 * of its checks' snapshots.
 */
export const POOL_PAGES = 64;

/** Raise when the packing below changes: a page of another format is read as empty (and rebuilt). */
export const PAGE_FORMAT = 4;

/**
 * One packed page: every string once in a JSON list, everything else as variable-length
 * unsigned integers in bytes (a score or a string's place mostly in one byte, a time in six).
 * Reading from IndexedDB costs about what the bytes weigh; 64-bit numbers made it eight times as
 * much (measured with 10,000 checks: 8 MB of pages read in 1 s at 4x CPU).
 */
export interface PoolPage {
  page: number;
  format: number;
  n: number;
  strings: string;
  bytes: Uint8Array;
}

/** The page a check's entry lives on. */
export function pageOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % POOL_PAGES;
}

/** The largest number stored inline (doubled, it stays an exact integer). */
const INLINE_MAX = 2 ** 52;

/** Packs entries into their page. */
export function encodePage(page: number, entries: Iterable<PoolEntry>): PoolPage {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const out: number[] = [];
  const uint = (v: number) => {
    for (; v >= 128; v = Math.floor(v / 128)) out.push((v % 128) + 128);
    out.push(v);
  };
  const place = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const str = (s: string) => uint(place(s));
  const opt = (s: string | undefined) => uint(s === undefined ? 0 : place(s) + 1);
  // a whole number inline (even), any other as a string (odd): summaries hold whole numbers
  const num = (v: number) =>
    Number.isInteger(v) && v >= 0 && v <= INLINE_MAX ? uint(v * 2) : uint(place(String(v)) * 2 + 1);
  let n = 0;
  for (const e of entries) {
    const s = e.summary;
    const scores = Object.entries(s.scores);
    const twins = Object.entries(s.twins);
    str(e.id);
    str(e.instrumentId);
    opt(e.eventId);
    opt(e.copyOf);
    opt(e.label);
    uint(e.testRun ? 1 : 0);
    opt(e.originNetwork);
    num(e.createdAt);
    num(e.updatedAt);
    num(e.completedAt);
    str(s.version);
    opt(s.phase);
    uint(scores.length);
    for (const [d, v] of scores) {
      str(d);
      num(v);
      opt(s.bands[d]);
    }
    uint(s.barriers.length);
    for (const b of s.barriers) {
      str(b.barrier);
      uint(b.ticked ? 1 : 0);
    }
    uint(s.recommendations.length);
    for (const r of s.recommendations) str(r);
    uint(twins.length);
    for (const [item, v] of twins) {
      str(item);
      num(v);
    }
    n++;
  }
  const bytes = Uint8Array.from(out);
  return { page, format: PAGE_FORMAT, n, strings: JSON.stringify(strings), bytes };
}

// The page being unpacked, and the place in its bytes: module state, so the reads below are
// expressions inline (a number under 128 in one byte, most of them) rather than a call each,
// which is what reading 10,000 entries the first time (before the engine has optimised) costs.
let X: Uint8Array = new Uint8Array(0);
let AT = 0;
let B = 0;

/** The rest of a number whose first byte `b` is 128 or more. */
function more(b: number): number {
  let v = b - 128;
  let f = 128;
  do {
    b = X[AT++]!;
    v += (b & 127) * f;
    f *= 128;
  } while (b >= 128);
  return v;
}

/** Unpacks a page's entries (none from a page of another format). */
export function decodePage(p: PoolPage): PoolEntry[] {
  if (p.format !== PAGE_FORMAT) return [];
  const strings = JSON.parse(p.strings) as string[];
  X = p.bytes;
  AT = 0;
  // one unsigned number; a string by its place; an optional one (0 = none); a whole number
  // inline (even) or as a string (odd)
  const uint = () => ((B = X[AT++]!) < 128 ? B : more(B));
  const str = () => strings[(B = X[AT++]!) < 128 ? B : more(B)]!;
  const opt = () => {
    const i = (B = X[AT++]!) < 128 ? B : more(B);
    return i === 0 ? undefined : strings[i - 1];
  };
  const num = () => {
    const v = (B = X[AT++]!) < 128 ? B : more(B);
    return v % 2 === 0 ? v / 2 : Number(strings[(v - 1) / 2]);
  };
  const entries: PoolEntry[] = [];
  for (let k = 0; k < p.n; k++) {
    const e = { id: str(), instrumentId: str() } as PoolEntry;
    const eventId = opt();
    const copyOf = opt();
    const label = opt();
    const testRun = uint() === 1;
    const originNetwork = opt();
    if (eventId !== undefined) e.eventId = eventId;
    if (copyOf !== undefined) e.copyOf = copyOf;
    if (label !== undefined) e.label = label;
    if (testRun) e.testRun = true;
    if (originNetwork !== undefined) e.originNetwork = originNetwork;
    e.createdAt = num();
    e.updatedAt = num();
    e.completedAt = num();
    const s = { version: str() } as CheckSummary;
    const phase = opt() as CheckSummary['phase'];
    s.scores = {};
    s.bands = {};
    for (let i = uint(); i > 0; i--) {
      const d = str();
      s.scores[d] = num();
      const band = opt() as CheckSummary['bands'][string] | undefined;
      if (band) s.bands[d] = band;
    }
    s.barriers = [];
    for (let i = uint(); i > 0; i--) s.barriers.push({ barrier: str(), ticked: uint() === 1 });
    s.recommendations = [];
    for (let i = uint(); i > 0; i--) s.recommendations.push(str());
    s.twins = {};
    for (let i = uint(); i > 0; i--) {
      const item = str();
      s.twins[item] = num();
    }
    if (phase) s.phase = phase;
    e.summary = s;
    entries.push(e);
  }
  return entries;
}
