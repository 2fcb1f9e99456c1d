import { decodePage, encodePage, pageOf } from '../pages';
import { between, type ReadTx, type Seam, type WriteTx } from '../seam';
import {
  answerMap,
  entryOf,
  sameCheck,
  snapshotOf,
  type PoolEntry,
  type Snapshot,
} from '../snapshot';

/** The stores a check's writes touch; every such write opens them all. */
export const CHECKS = ['sessions', 'answers', 'events', 'snapshots', 'pool'] as const;

/** Pool entries to put (or remove: null) in the transaction's pages. */
export type PoolChanges = Map<string, PoolEntry | null>;

/** Writes a snapshot (or deletes it: null) and notes its pool entry's change. */
export function setSnapshot(tx: WriteTx, changes: PoolChanges, id: string, snap: Snapshot | null) {
  changes.set(id, snap?.summary ? entryOf(snap.session, snap.summary) : null);
  return snap ? tx.store('snapshots').put(snap) : tx.store('snapshots').delete(id);
}

/** Applies the noted entry changes, reading and rewriting each page touched once. */
export async function writePool(tx: WriteTx, changes: PoolChanges) {
  const byPage = new Map<number, [string, PoolEntry | null][]>();
  for (const change of changes) {
    const page = pageOf(change[0]);
    byPage.set(page, [...(byPage.get(page) ?? []), change]);
  }
  const pool = tx.store('pool');
  await Promise.all(
    [...byPage].map(async ([page, list]) => {
      const stored = await pool.get(page);
      const entries = new Map(stored ? decodePage(stored).map((e) => [e.id, e]) : []);
      for (const [id, entry] of list) {
        if (entry) entries.set(id, entry);
        else entries.delete(id);
      }
      await (entries.size ? pool.put(encodePage(page, entries.values())) : pool.delete(page));
    }),
  );
}

/** A completed check's snapshot; one written without (from before snapshots) built from its answers. */
async function currentSnapshot(tx: ReadTx, id: string): Promise<Snapshot | undefined> {
  const snap = await tx.store('snapshots').get(id);
  if (snap) return snap;
  const session = await tx.store('sessions').get(id);
  if (!session?.completedAt) return undefined;
  return snapshotOf(session, answerMap(await tx.store('answers').index('by-session').getAll(id)));
}

/** The ids of all checks and, in key order, of those with a snapshot: keys only, read fast. */
export const checkKeys = (seam: Seam) =>
  seam.read(['sessions', 'snapshots'], async (tx) => {
    const [all, snapped] = await Promise.all([
      tx.store('sessions').getAllKeys(),
      tx.store('snapshots').getAllKeys(),
    ]);
    return { all, snapped };
  });

/** The snapshots with ids from first to last (both included, in key order). */
export const snapshotsBetween = (seam: Seam, first: string, last: string) =>
  seam.read(['snapshots'], (tx) => tx.store('snapshots').getAll(between(first, last)));

export const getSnapshot = (seam: Seam, id: string) =>
  seam.read(['snapshots'], (tx) => tx.store('snapshots').get(id));

/**
 * The pool entries of all completed checks whose summary is of this version, and the ids of
 * the others (no snapshot yet, or a summary of another version: see getSnapshots, putSummaries).
 */
export const readPool = (seam: Seam, version: string) =>
  seam.read(['pool', 'snapshots', 'sessions'], async (tx) => {
    const done = tx.store('sessions').index('by-completed');
    const [pages, snapshots, completed] = await Promise.all([
      tx.store('pool').getAll(),
      tx.store('snapshots').count(),
      done.count(),
    ]);
    const current = pages.flatMap(decodePage).filter((e) => e.summary.version === version);
    // the usual case: every completed check has its snapshot and a current entry
    if (current.length === snapshots && snapshots === completed)
      return { entries: current, stale: [] as string[] };
    const [snapIds, doneIds] = await Promise.all([
      tx.store('snapshots').getAllKeys(),
      done.getAllKeys(),
    ]);
    const have = new Set(current.map((e) => e.id));
    const snapped = new Set(snapIds);
    return {
      entries: current.filter((e) => snapped.has(e.id)),
      stale: [...new Set([...snapIds, ...doneIds])].filter((id) => !have.has(id)),
    };
  });

/** The snapshots of these completed checks (built from their answers where none was written). */
export const getSnapshots = (seam: Seam, ids: readonly string[]) =>
  seam.read(CHECKS, async (tx) => {
    const found = await Promise.all(ids.map((id) => currentSnapshot(tx, id)));
    return found.filter((s) => s !== undefined);
  });

/** Writes back snapshots with their summaries, leaving out any check changed since it was read. */
export const putSummaries = (seam: Seam, snaps: readonly Snapshot[]) =>
  seam.write(CHECKS, async (tx) => {
    const changes: PoolChanges = new Map();
    // a check changed or deleted since it was read keeps its change (summarised at the next read)
    await Promise.all(
      snaps.map(async (snap) => {
        const now = await currentSnapshot(tx, snap.id);
        if (now && sameCheck(now, snap)) await setSnapshot(tx, changes, snap.id, snap);
      }),
    );
    await writePool(tx, changes);
  });
