import { BOOKKEEPING } from '../schema/fields';
import type { AnswerRecord, EventRecord, ExportedSession, SessionRecord } from '../types';

/** What an import would do, shown to the person before anything is written. */
export interface MergePlan {
  added: ExportedSession[];
  unchanged: ExportedSession[];
  /** Same id, different content: the newer one is kept under the id, the other as a copy. */
  conflicts: {
    incoming: ExportedSession;
    existing: ExportedSession;
    keepIncoming: boolean;
    copy: ExportedSession;
  }[];
  /** Events that are new or newer than the stored ones. */
  events: EventRecord[];
  /** The short names of devices the file gave, by id. */
  devices: Record<string, string>;
}

/** The same value with the keys of every object sorted (and undefined ones left out). */
export const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, x]) => [k, canonical(x)]),
        )
      : v;

const omit = (record: object, fields: readonly string[]) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !fields.includes(k)));

/**
 * A check's content, to decide "same" vs "conflict": every field of the schema except those it
 * declares bookkeeping (BOOKKEEPING), so a field added to the schema counts without a word here.
 */
export const fingerprint = ({ answers, plan, followUp, ...session }: ExportedSession) =>
  JSON.stringify(
    canonical({
      ...omit(session, BOOKKEEPING.session),
      answers: Object.fromEntries(
        Object.entries(answers).map(([k, a]) => [k, omit(a, BOOKKEEPING.answer)]),
      ),
      plan: plan?.map((p) => JSON.stringify(canonical(omit(p, BOOKKEEPING.planEntry)))).sort(),
      followUp: followUp && omit(followUp, BOOKKEEPING.followUp),
    }),
  );

/** Builds the session-with-answers form of stored records. */
export function toExported(session: SessionRecord, answers: AnswerRecord[]): ExportedSession {
  return {
    ...session,
    answers: Object.fromEntries(
      answers.map((a) => [a.itemId, { value: a.value, updatedAt: a.updatedAt }]),
    ),
  };
}

/** Plans a merge by check id: idempotent, and a conflict never drops either version. */
export function planMerge(
  existing: ReadonlyMap<string, ExportedSession>,
  incoming: readonly ExportedSession[],
  newId: () => string,
): MergePlan {
  const plan: MergePlan = { added: [], unchanged: [], conflicts: [], events: [], devices: {} };
  // the kept copies' contents by original id, built once: a search per check made large merges quadratic
  const copies = new Map<string, Set<string>>();
  for (const e of existing.values())
    if (e.copyOf)
      (copies.get(e.copyOf) ?? copies.set(e.copyOf, new Set()).get(e.copyOf)!).add(fingerprint(e));
  for (const inc of incoming) {
    const cur = existing.get(inc.id);
    if (!cur) {
      plan.added.push(inc);
      continue;
    }
    const print = fingerprint(inc);
    if (fingerprint(cur) === print || copies.get(inc.id)?.has(print)) plan.unchanged.push(inc);
    else {
      const keepIncoming = inc.updatedAt > cur.updatedAt;
      const older = keepIncoming ? cur : inc;
      plan.conflicts.push({
        incoming: inc,
        existing: cur,
        keepIncoming,
        copy: { ...older, id: newId(), copyOf: inc.id },
      });
    }
  }
  return plan;
}
