import { storage } from './connection';
import { pageOf } from './pages';
import { entryOf, freshSnapshot, type PoolEntry, type Summarizer } from './snapshot';
import type { Backend } from './backend';

/** Which checks a dashboard pools: all, those of one event, or those without an event. */
export type Scope = { kind: 'all' } | { kind: 'none' } | { kind: 'event'; id: string };

/** The scope a route names: 'all', 'none' (no event) or an event id. */
export const scopeOf = (name: string): Scope =>
  name === 'all' || name === 'none' ? { kind: name } : { kind: 'event', id: name };

/** Whether a check belongs to a scope. */
export const inScope = (s: { eventId?: string }, scope: Scope) =>
  scope.kind === 'all' ? true : scope.kind === 'none' ? !s.eventId : s.eventId === scope.id;

/** How many of the checks to summarise (after an update, or from before snapshots) are done. */
export interface Progress {
  done: number;
  total: number;
}

/** Checks read, summarised and written back at a time (ids of one pool page mostly). */
const BATCH = 200;
/** The longest stretch of summarising before the page gets a turn (clicks, scrolling, paint). */
const SLICE_MS = 20;

const pause = () => new Promise((ok) => setTimeout(ok, 0));

/**
 * Summarises checks in the background: a batch at a time, giving the page a turn every few
 * milliseconds, each batch written back when done. A write that fails (a full disk) loses
 * nothing: the summaries are still returned, and worked out again at the next read.
 */
async function summarise(
  db: Backend,
  ids: string[],
  summarizer: Summarizer,
  onProgress?: (p: Progress) => void,
): Promise<PoolEntry[]> {
  // by pool page, so that a batch's write-back rewrites one or two pages, not all of them
  const order = ids.map((id) => [pageOf(id), id] as const).sort((a, b) => a[0] - b[0]);
  const out: PoolEntry[] = [];
  let slice = performance.now();
  for (let i = 0; i < order.length; i += BATCH) {
    const batch = order.slice(i, i + BATCH).map(([, id]) => id);
    const fresh = [];
    for (const snap of await db.getSnapshots(batch)) {
      const done = freshSnapshot(snap, summarizer);
      fresh.push(done);
      out.push(entryOf(done.session, done.summary!));
      if (performance.now() - slice > SLICE_MS) {
        await pause();
        slice = performance.now();
      }
    }
    await db.putSummaries(fresh).catch(() => undefined);
    onProgress?.({ done: Math.min(i + BATCH, order.length), total: order.length });
  }
  return out;
}

/** The summarising under way, which a second reader waits for instead of doing it again. */
let running: Promise<unknown> | undefined;

/**
 * The pool entries of every completed check in the scope (summaries, no answers): what the
 * dashboard, the projector and a programme pool. Checks without a current summary are
 * summarised first, in the background, with their progress told to onProgress.
 */
export async function listPool(
  scope: Scope,
  summarizer: Summarizer,
  onProgress?: (p: Progress) => void,
): Promise<PoolEntry[]> {
  const db = await storage();
  await running;
  const { entries, stale } = await db.readPool(summarizer.version);
  if (stale.length) {
    const job = summarise(db, stale, summarizer, onProgress);
    running = job.catch(() => undefined);
    entries.push(...(await job));
  }
  const inside = entries.filter((e) => inScope(e, scope));
  // a copy kept after an import conflict is the same check once more: count it only on its own
  const originals = await db.storedIds(inside.flatMap((e) => e.copyOf ?? []));
  return inside.filter((e) => !e.copyOf || !originals.has(e.copyOf));
}
