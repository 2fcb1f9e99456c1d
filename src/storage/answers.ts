import type { AnswerValue, Answers } from '../domain/types';
import { storage, withStorage } from './connection';
import type { AnswerRecord } from './types';
import { carryOver, writeAhead } from './write-ahead';

export { flushWrites as flushPending } from './write-ahead';

/** An answer given but perhaps not yet committed to IndexedDB (value null = removed). */
interface AnswerChange {
  sessionId: string;
  itemId: string;
  value: AnswerValue | null;
  updatedAt: number;
}

const answerWrites = writeAhead<AnswerChange>('answer', (rec) =>
  withStorage((db) =>
    rec.value === null
      ? db.deleteAnswer(rec.sessionId, rec.itemId)
      : db.putAnswer(rec as AnswerRecord),
  ),
);

const key = (sessionId: string, itemId: string) => JSON.stringify([sessionId, itemId]);

// answers noted before one write-ahead log served answers and plans (one journal for all)
carryOver('netzwerk-check.journal', (old: Record<string, AnswerChange>) => {
  for (const e of Object.values(old)) answerWrites.note(key(e.sessionId, e.itemId), e);
});

/**
 * Stores one answer at once in its own record (null removes it). It is noted ahead first, so a
 * reload right after the tap cannot lose it, and its write starts before the screen re-renders.
 * If the write fails the answer stays noted, the status says so, and the write is retried.
 */
export const saveAnswer = (
  sessionId: string,
  itemId: string,
  value: AnswerValue | null,
  now = Date.now(),
): Promise<boolean> =>
  answerWrites.save(key(sessionId, itemId), { sessionId, itemId, value, updatedAt: now });

/** All answers of one check, including ones still waiting to be written. */
export async function loadAnswers(sessionId: string): Promise<Answers> {
  const out: Record<string, AnswerValue> = {};
  for (const a of await (await storage()).getAnswers(sessionId)) out[a.itemId] = a.value;
  for (const rec of answerWrites.waiting().values()) {
    if (rec.sessionId !== sessionId) continue;
    if (rec.value === null) delete out[rec.itemId];
    else out[rec.itemId] = rec.value;
  }
  return out;
}

/** Forgets the answers still noted ahead for one check, or for all (deleted checks leave none behind). */
export const forgetAnswers = (sessionId?: string) =>
  answerWrites.forget((rec) => sessionId === undefined || rec.sessionId === sessionId);
