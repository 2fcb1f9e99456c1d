import type { Seam } from '../seam';
import { recordsOf, withAnswer } from '../snapshot';
import type { AnswerRecord } from '../types';
import { CHECKS, setSnapshot, writePool, type PoolChanges } from './pool';

/**
 * Writes or removes one answer. A completed check's snapshot takes the change in the same
 * transaction; a whole snapshot takes it alone (its check keeps no answer records). The record's
 * write starts in the caller's task (a tap is committed without waiting for a read first); for a
 * whole snapshot's check it is taken back in the same transaction.
 */
const changeAnswer = (seam: Seam, sessionId: string, itemId: string, answer: AnswerRecord | null) =>
  seam.write(CHECKS, async (tx) => {
    const answers = tx.store('answers');
    const [, snap] = await Promise.all([
      answer ? answers.put(answer) : answers.delete([sessionId, itemId]),
      tx.store('snapshots').get(sessionId),
    ]);
    if (!snap) return;
    const changes: PoolChanges = new Map();
    const next = withAnswer(snap, itemId, answer?.value ?? null, answer?.updatedAt ?? 0);
    await Promise.all([
      ...(snap.times && answer ? [answers.delete([sessionId, itemId])] : []),
      setSnapshot(tx, changes, sessionId, next),
      writePool(tx, changes),
    ]);
  });

/** Writes one answer (a completed check's snapshot takes it too, its summary then out of date). */
export const putAnswer = (seam: Seam, answer: AnswerRecord) =>
  changeAnswer(seam, answer.sessionId, answer.itemId, answer);

export const deleteAnswer = (seam: Seam, sessionId: string, itemId: string) =>
  changeAnswer(seam, sessionId, itemId, null);

/** One check's answers: from its whole snapshot where it has one, else from its answer records. */
export const getAnswers = (seam: Seam, sessionId: string) =>
  seam.read(['answers', 'snapshots'], async (tx) => {
    const [snap, list] = await Promise.all([
      tx.store('snapshots').get(sessionId),
      tx.store('answers').index('by-session').getAll(sessionId),
    ]);
    return snap?.times ? recordsOf(snap) : list;
  });

/** All answers of all checks: the answer records and the answers of the whole snapshots. */
export const allAnswers = (seam: Seam) =>
  seam.read(['answers', 'snapshots'], async (tx) => {
    const [list, snaps] = await Promise.all([
      tx.store('answers').getAll(),
      tx.store('snapshots').getAll(),
    ]);
    return [...list, ...snaps.flatMap(recordsOf)];
  });
