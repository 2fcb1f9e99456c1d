import type { Seam, WriteTx } from '../seam';
import { snapshotOf, wholeSnapshot, withAnswer, type Summarizer } from '../snapshot';
import type { SessionRecord } from '../types';
import { CHECKS, setSnapshot, writePool, type PoolChanges } from './pool';

export const getSession = (seam: Seam, id: string) =>
  seam.read(['sessions'], (tx) => tx.store('sessions').get(id));

/** Stores a new check (one not yet completed: completion goes through updateSession). */
export const putSession = (seam: Seam, session: SessionRecord) =>
  seam.write(['sessions'], async (tx) => void (await tx.store('sessions').put(session)));

/**
 * Reads, changes and writes one session in one transaction; a completed one's snapshot with it
 * (summarised when a summarizer is given: on completion). A snapshot built from answer records is
 * whole: it takes their answers and times, and the records go.
 */
export const updateSession = (
  seam: Seam,
  id: string,
  change: (s: SessionRecord) => SessionRecord,
  summarizer?: Summarizer,
) =>
  seam.write(CHECKS, async (tx) => {
    const current = await tx.store('sessions').get(id);
    const next = current && change(current);
    if (next) {
      const ops: Promise<unknown>[] = [tx.store('sessions').put(next)];
      if (next.completedAt) {
        // it keeps its answers; on completion it is summarised afresh from them
        const old = await tx.store('snapshots').get(id);
        let snap;
        if (old?.times) {
          // an answer changed whose snapshot has not taken it yet (its second step still to
          // come, or cut off) is taken in now, so the summary is of every answer given
          const answers = tx.store('answers');
          const waiting = await answers.index('by-session').getAll(id);
          const base = waiting.reduce((s, a) => withAnswer(s, a.itemId, a.value, a.updatedAt), old);
          ops.push(...waiting.map((a) => answers.delete([a.sessionId, a.itemId])));
          snap = summarizer
            ? { ...snapshotOf(next, base.answers, summarizer), times: base.times }
            : { ...base, session: next };
        } else if (old && !summarizer) snap = { ...old, session: next };
        else {
          const answers = tx.store('answers');
          const list = await answers.index('by-session').getAll(id);
          snap = wholeSnapshot(next, list, summarizer);
          ops.push(...list.map((a) => answers.delete([a.sessionId, a.itemId])));
        }
        const changes: PoolChanges = new Map();
        ops.push(setSnapshot(tx, changes, id, snap), writePool(tx, changes));
      }
      await Promise.all(ops);
    }
    return next;
  });

export const listSessions = (seam: Seam) =>
  seam.read(['sessions'], (tx) => tx.store('sessions').getAll());

/** The checks not yet completed (without reading the completed ones, however many). */
export const listOpenSessions = (seam: Seam) =>
  seam.read(['sessions'], async (tx) => {
    const store = tx.store('sessions');
    const done = store.index('by-completed');
    // the usual case on a coordinator's device: every check completed, nothing more to read
    const [n, completed] = await Promise.all([store.count(), done.count()]);
    if (n === completed) return [];
    // else the keys of all and of the completed ones: thousands of keys read fast, records do not
    const [all, closed] = await Promise.all([store.getAllKeys(), done.getAllKeys()]);
    const skip = new Set(closed);
    const open = await Promise.all(all.filter((k) => !skip.has(k)).map((k) => store.get(k)));
    return open.filter((s): s is SessionRecord => !!s && !s.completedAt);
  });

/**
 * The stored checks of these ids and the copies a merge made of them. Looked up by key and index
 * when few are asked for against many stored (a file read into a large pool reads only its own);
 * read in one pass when the ids are as many as a tenth of the stored checks, or more.
 */
export const sessionsMatching = (seam: Seam, ids: readonly string[]) =>
  seam.read(['sessions'], async (tx) => {
    const store = tx.store('sessions');
    if (ids.length * 10 >= (await store.count())) {
      const wanted = new Set(ids);
      return (await store.getAll()).filter(
        (s) => wanted.has(s.id) || (s.copyOf !== undefined && wanted.has(s.copyOf)),
      );
    }
    const found = await Promise.all(
      ids.flatMap((id) => [store.getAll(id), store.index('by-copy').getAll(id)]),
    );
    return [...new Map(found.flat().map((s) => [s.id, s])).values()];
  });

/** Which of these ids are stored checks. */
export const storedIds = (seam: Seam, ids: readonly string[]) =>
  seam.read(['sessions'], async (tx) => {
    const found = await Promise.all(ids.map((id) => tx.store('sessions').getAllKeys(id)));
    return new Set(found.flat());
  });

/** Deletes one check with its answers and snapshot, noting its pool entry's removal. */
export async function removeCheck(tx: WriteTx, changes: PoolChanges, id: string) {
  const answers = tx.store('answers');
  const keys = await answers.index('by-session').getAllKeys(id);
  await Promise.all([
    tx.store('sessions').delete(id),
    ...keys.map((k) => answers.delete(k)),
    setSnapshot(tx, changes, id, null),
  ]);
}

export const deleteSession = (seam: Seam, id: string) =>
  seam.write(CHECKS, async (tx) => {
    const changes: PoolChanges = new Map();
    await removeCheck(tx, changes, id);
    await writePool(tx, changes);
  });
