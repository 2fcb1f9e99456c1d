import type { AnswerValue } from '../domain/types';
import { storage } from './connection';
import { answerMap } from './snapshot';
import type { SessionRecord } from './types';

/** A stored check with the values of its answers. */
export interface CheckValues {
  session: SessionRecord;
  answers: Record<string, AnswerValue>;
}

/**
 * Every stored check with its answer values, a part of at most `size` checks at a time, so a
 * large pool is never held whole. A completed check comes from its snapshot, one record for the
 * whole check: reading each answer's own record made 20,000 checks (880,000 answers) take
 * minutes. Checks without a snapshot (still running) come from their answer records. Which
 * checks are read is settled at the start; one deleted meanwhile is left out.
 */
export async function* checkParts(size = 2000): AsyncGenerator<CheckValues[]> {
  const db = await storage();
  const { all, snapped } = await db.checkKeys();
  const stored = new Set(all);
  const whole = new Set(snapped);
  for (let i = 0; i < snapped.length; i += size) {
    const ids = snapped.slice(i, i + size);
    const wanted = new Set(ids.filter((id) => stored.has(id)));
    const snaps = await db.snapshotsBetween(ids[0]!, ids.at(-1)!);
    const part = snaps.filter((s) => wanted.has(s.id));
    if (part.length) yield part.map((s) => ({ session: s.session, answers: s.answers }));
  }
  const rest = all.filter((id) => !whole.has(id));
  for (let i = 0; i < rest.length; i += size) {
    const part = await Promise.all(
      rest.slice(i, i + size).map(async (id) => {
        const [session, answers] = await Promise.all([db.getSession(id), db.getAnswers(id)]);
        return session && { session, answers: answerMap(answers) };
      }),
    );
    const found = part.filter((c) => c !== undefined);
    if (found.length) yield found;
  }
}
