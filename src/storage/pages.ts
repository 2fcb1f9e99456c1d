import type { CheckSummary } from '../domain/summary';
import type { PoolEntry } from './snapshot';

/**
 * The pool entries of all completed checks, packed into a few records: reading 10,000 records
 * costs seconds however small they are, reading 64 records of numbers and one string each does not.
 * Each check lives on the page its id hashes to; a page is rewritten in the transaction that
 * writes or deletes one of its checks' snapshots.
 */
export const POOL_PAGES = 64;

/** One packed page: every string once in a JSON list, everything else as numbers. */
export interface PoolPage {
  page: number;
  n: number;
  strings: string;
  numbers: Float64Array;
}

/** The page a check's entry lives on. */
export function pageOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % POOL_PAGES;
}

/** Packs entries into their page. */
export function encodePage(page: number, entries: Iterable<PoolEntry>): PoolPage {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const str = (s: string | undefined) => {
    if (s === undefined) return -1;
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const out: number[] = [];
  let n = 0;
  for (const e of entries) {
    const s = e.summary;
    const scores = Object.entries(s.scores);
    const twins = Object.entries(s.twins);
    out.push(str(e.id), str(e.instrumentId), str(e.eventId), str(e.copyOf), str(e.label));
    out.push(e.createdAt, e.updatedAt, e.completedAt, str(s.version), str(s.phase));
    out.push(scores.length);
    for (const [d, v] of scores) out.push(str(d), v, str(s.bands[d]));
    out.push(s.barriers.length);
    for (const b of s.barriers) out.push(str(b.barrier), b.ticked ? 1 : 0);
    out.push(s.recommendations.length, ...s.recommendations.map(str));
    out.push(twins.length);
    for (const [item, v] of twins) out.push(str(item), v);
    n++;
  }
  return { page, n, strings: JSON.stringify(strings), numbers: Float64Array.from(out) };
}

/** Unpacks a page's entries. */
export function decodePage(p: PoolPage): PoolEntry[] {
  const strings = JSON.parse(p.strings) as string[];
  const x = p.numbers;
  let at = 0;
  const next = () => x[at++]!;
  const str = () => strings[next()]!;
  const opt = () => {
    const i = next();
    return i < 0 ? undefined : strings[i];
  };
  const entries: PoolEntry[] = [];
  for (let k = 0; k < p.n; k++) {
    const e = { id: str(), instrumentId: str() } as PoolEntry;
    const eventId = opt();
    const copyOf = opt();
    const label = opt();
    if (eventId !== undefined) e.eventId = eventId;
    if (copyOf !== undefined) e.copyOf = copyOf;
    if (label !== undefined) e.label = label;
    e.createdAt = next();
    e.updatedAt = next();
    e.completedAt = next();
    const s = { version: str() } as CheckSummary;
    const phase = opt() as CheckSummary['phase'];
    s.scores = {};
    s.bands = {};
    for (let i = next(); i > 0; i--) {
      const d = str();
      s.scores[d] = next();
      const band = opt() as CheckSummary['bands'][string] | undefined;
      if (band) s.bands[d] = band;
    }
    s.barriers = [];
    for (let i = next(); i > 0; i--) s.barriers.push({ barrier: str(), ticked: next() === 1 });
    s.recommendations = [];
    for (let i = next(); i > 0; i--) s.recommendations.push(str());
    s.twins = {};
    for (let i = next(); i > 0; i--) {
      const item = str();
      s.twins[item] = next();
    }
    if (phase) s.phase = phase;
    e.summary = s;
    entries.push(e);
  }
  return entries;
}
