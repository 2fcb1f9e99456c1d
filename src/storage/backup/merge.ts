import type { AnswerRecord, EventRecord, SessionRecord } from '../types';
import type { ExportedSession } from './format';

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
}

/** A check's content without bookkeeping, to decide "same" vs "conflict". */
const fingerprint = (s: ExportedSession) =>
  JSON.stringify([
    s.instrumentId,
    s.instrumentVersion,
    s.role,
    s.label ?? null,
    s.completedAt ?? null,
    s.eventId ?? null,
    s.followUp ? [s.followUp.name, s.followUp.contact, s.followUp.consent] : null,
    s.plan?.map((p) => [p.recommendationId, p.who, p.due, p.note].join('\n')).sort() ?? null,
    Object.keys(s.answers)
      .sort()
      .map((k) => [k, s.answers[k]?.value]),
  ]);

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
  const plan: MergePlan = { added: [], unchanged: [], conflicts: [], events: [] };
  for (const inc of incoming) {
    const cur = existing.get(inc.id);
    if (!cur) plan.added.push(inc);
    else if (fingerprint(cur) === fingerprint(inc)) plan.unchanged.push(inc);
    else if (
      [...existing.values()].some((e) => e.copyOf === inc.id && fingerprint(e) === fingerprint(inc))
    )
      plan.unchanged.push(inc);
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
