import type { Seam } from '../seam';
import { withAnswer } from '../snapshot';
import type { AnswerRecord } from '../types';
import { CHECKS, setSnapshot, writePool, type PoolChanges } from './pool';

/** Writes or removes one answer; a completed check's snapshot takes the change in the same transaction. */
const changeAnswer = (seam: Seam, sessionId: string, itemId: string, answer: AnswerRecord | null) =>
  seam.write(CHECKS, async (tx) => {
    const answers = tx.store('answers');
    const [, snap] = await Promise.all([
      answer ? answers.put(answer) : answers.delete([sessionId, itemId]),
      tx.store('snapshots').get(sessionId),
    ]);
    if (snap) {
      const changes: PoolChanges = new Map();
      const next = withAnswer(snap, itemId, answer?.value ?? null);
      await Promise.all([setSnapshot(tx, changes, sessionId, next), writePool(tx, changes)]);
    }
  });

/** Writes one answer (a completed check's snapshot takes it too, its summary then out of date). */
export const putAnswer = (seam: Seam, answer: AnswerRecord) =>
  changeAnswer(seam, answer.sessionId, answer.itemId, answer);

export const deleteAnswer = (seam: Seam, sessionId: string, itemId: string) =>
  changeAnswer(seam, sessionId, itemId, null);

export const getAnswers = (seam: Seam, sessionId: string) =>
  seam.read(['answers'], (tx) => tx.store('answers').index('by-session').getAll(sessionId));

/** All answers of all checks. */
export const allAnswers = (seam: Seam) =>
  seam.read(['answers'], (tx) => tx.store('answers').getAll());
