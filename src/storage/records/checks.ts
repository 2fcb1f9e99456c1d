import { between, type Seam } from '../seam';
import { wholeSnapshot, type Summarizer } from '../snapshot';
import type { AnswerRecord, EventRecord, SessionRecord } from '../types';
import { CHECKS, setSnapshot, writePool, type PoolChanges } from './pool';

/**
 * Writes whole checks (session + answers, replacing earlier answers of the same id) in one
 * transaction. A completed one is one record, its whole snapshot; a running one keeps a record
 * per answer (the path a reload or crash cannot break while it is answered).
 */
export const writeChecks = (
  seam: Seam,
  checks: { session: SessionRecord; answers: AnswerRecord[] }[],
  events: EventRecord[] = [],
  summarizer?: Summarizer,
) =>
  seam.write(CHECKS, async (tx) => {
    const sessions = tx.store('sessions');
    const answers = tx.store('answers');
    const changes: PoolChanges = new Map();
    const ops: Promise<unknown>[] = events.map((e) => tx.store('events').put(e));
    for (const { session, answers: list } of checks) {
      // a check's earlier answers go by key range (keys are [session, item]; a list sorts after
      // every text): waiting for a read of their keys per check made a large import crawl
      const id = session.id;
      const snap = session.completedAt ? wholeSnapshot(session, list, summarizer) : null;
      ops.push(
        answers.delete(between<[string, string]>([id] as never, [id, []] as never)),
        sessions.put(session),
        ...(snap ? [] : list.map((a) => answers.put(a))),
        setSnapshot(tx, changes, id, snap),
      );
    }
    await Promise.all([...ops, writePool(tx, changes)]);
  });

/** Deletes every check, answer, snapshot and event in one transaction (settings stay). */
export const clearChecks = (seam: Seam) =>
  seam.write(CHECKS, async (tx) => {
    await Promise.all(CHECKS.map((name) => tx.store(name).clear()));
  });
