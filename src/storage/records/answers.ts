import type { Seam } from '../seam';
import { recordsOf, withAnswer, type Snapshot } from '../snapshot';
import type { AnswerRecord } from '../types';
import { CHECKS, setSnapshot, writePool, type PoolChanges } from './pool';

/**
 * A completed check's snapshot takes a change of one answer (the second step of changeAnswer):
 * the answer record now stored for the item if there is one (the latest change committed, maybe
 * a later tap's), else the change itself if it removes the answer. A change whose record a later
 * change has already taken or removed is left to that one. A whole snapshot takes it alone (its
 * check keeps no answer records). Without a snapshot (the check was deleted meanwhile) nothing.
 */
const foldAnswer = (seam: Seam, sessionId: string, itemId: string, removed: boolean) =>
  seam.write(CHECKS, async (tx) => {
    const answers = tx.store('answers');
    const [snap, stored] = await Promise.all([
      tx.store('snapshots').get(sessionId),
      answers.get([sessionId, itemId]),
    ]);
    if (!snap || (!stored && !removed)) return;
    const changes: PoolChanges = new Map();
    const next = withAnswer(snap, itemId, stored?.value ?? null, stored?.updatedAt ?? 0);
    await Promise.all([
      ...(snap.times && stored ? [answers.delete([sessionId, itemId])] : []),
      setSnapshot(tx, changes, sessionId, next),
      writePool(tx, changes),
    ]);
  });

/**
 * Writes or removes one answer, its write started in the caller's task and committed at once:
 * a tap waits neither for a read nor for the frame it causes. A running check keeps its answers
 * as records, so that is all. Where the check turns out to be completed (it has a snapshot), its
 * snapshot then takes the change in a second transaction; until that one has committed, the
 * caller's write-ahead note stays, so a crash in between is replayed through the whole path.
 */
const changeAnswer = async (
  seam: Seam,
  sessionId: string,
  itemId: string,
  answer: AnswerRecord | null,
) => {
  const completed = await seam.writeNow(['answers', 'snapshots'], async (tx) => {
    const answers = tx.store('answers');
    const [, snap] = await Promise.all([
      answer ? answers.put(answer) : answers.delete([sessionId, itemId]),
      tx.store('snapshots').getAllKeys(sessionId),
    ]);
    return snap.length > 0;
  });
  if (completed) await foldAnswer(seam, sessionId, itemId, answer === null);
};

/** Writes one answer (a completed check's snapshot takes it too, its summary then out of date). */
export const putAnswer = (seam: Seam, answer: AnswerRecord) =>
  changeAnswer(seam, answer.sessionId, answer.itemId, answer);

export const deleteAnswer = (seam: Seam, sessionId: string, itemId: string) =>
  changeAnswer(seam, sessionId, itemId, null);

/**
 * A whole snapshot's answers, an answer record in its place where there is one: a whole snapshot's
 * check keeps none but a change the snapshot has not taken yet (its second transaction failed or
 * was cut off; its note replays it; completing or importing the check takes it in or drops it).
 */
function withRecords(snap: Snapshot, list: readonly AnswerRecord[]): AnswerRecord[] {
  const own = recordsOf(snap);
  if (!list.length) return own;
  const byItem = new Map(own.map((a) => [a.itemId, a]));
  for (const r of list) byItem.set(r.itemId, r);
  return [...byItem.values()];
}

/** One check's answers: from its whole snapshot where it has one, else from its answer records. */
export const getAnswers = (seam: Seam, sessionId: string) =>
  seam.read(['answers', 'snapshots'], async (tx) => {
    const [snap, list] = await Promise.all([
      tx.store('snapshots').get(sessionId),
      tx.store('answers').index('by-session').getAll(sessionId),
    ]);
    return snap?.times ? withRecords(snap, list) : list;
  });

/** All answers of all checks: the answer records and the answers of the whole snapshots. */
export const allAnswers = (seam: Seam) =>
  seam.read(['answers', 'snapshots'], async (tx) => {
    const [list, snaps] = await Promise.all([
      tx.store('answers').getAll(),
      tx.store('snapshots').getAll(),
    ]);
    const pending = new Map(snaps.filter((s) => s.times).map((s) => [s.id, [] as AnswerRecord[]]));
    const rest: AnswerRecord[] = [];
    for (const r of list) (pending.get(r.sessionId) ?? rest).push(r);
    return [...rest, ...snaps.flatMap((s) => (s.times ? withRecords(s, pending.get(s.id)!) : []))];
  });
