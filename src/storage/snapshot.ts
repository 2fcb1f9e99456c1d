import type { AnswerValue } from '../domain/types';
import type { CheckSummary } from '../domain/summary';
import type { AnswerRecord, SessionRecord } from './types';

/**
 * A completed check written once as a whole: its session, its answers and the summary pooling
 * needs. Written in the transaction that completes, imports or changes the check; while a check
 * runs, its answers are records of their own (the crash-safe path).
 */
export interface Snapshot {
  id: string;
  session: SessionRecord;
  answers: Record<string, AnswerValue>;
  /**
   * When each answer was last given, by item id. Set on a whole snapshot: it then holds the
   * check's answers alone and no answer records are kept for it (an import writes one record per
   * check, not one per answer). Absent on snapshots from before, whose answer records hold them.
   */
  times?: Record<string, number>;
  /** Absent until worked out (a check from before snapshots, or answers changed afterwards). */
  summary?: CheckSummary;
}

/** What the pooled screens read of one completed check: no answers, its summary. */
export interface PoolEntry {
  id: string;
  instrumentId: string;
  eventId?: string;
  copyOf?: string;
  label?: string;
  /** Set on a check marked as Testlauf (see domain/test-run). */
  testRun?: true;
  /** The network of the check's origin (the recording device's profile), where it names one. */
  originNetwork?: string;
  createdAt: number;
  updatedAt: number;
  completedAt: number;
  summary: CheckSummary;
}

/** Works out a completed check's summary; its version names the content that does it. */
export interface Summarizer {
  readonly version: string;
  summarize(session: SessionRecord, answers: Readonly<Record<string, AnswerValue>>): CheckSummary;
}

/** The session fields a pool entry carries. */
export const entryOf = (s: SessionRecord, summary: CheckSummary): PoolEntry => ({
  id: s.id,
  instrumentId: s.instrumentId,
  ...(s.eventId !== undefined && { eventId: s.eventId }),
  ...(s.copyOf !== undefined && { copyOf: s.copyOf }),
  ...(s.label !== undefined && { label: s.label }),
  ...(s.testRun && { testRun: true as const }),
  ...(s.origin?.network !== undefined && { originNetwork: s.origin.network }),
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
  completedAt: s.completedAt ?? s.updatedAt,
  summary,
});

/** The snapshot of a completed session from its answers, summarised when a summarizer is given. */
export function snapshotOf(
  session: SessionRecord,
  answers: Record<string, AnswerValue>,
  summarizer?: Summarizer,
): Snapshot {
  const snap: Snapshot = { id: session.id, session, answers };
  if (summarizer) snap.summary = summarizer.summarize(session, answers);
  return snap;
}

/** The whole snapshot of a completed session from its answer records (their times kept in it). */
export function wholeSnapshot(
  session: SessionRecord,
  list: readonly AnswerRecord[],
  summarizer?: Summarizer,
): Snapshot {
  const snap = snapshotOf(session, answerMap(list), summarizer);
  snap.times = Object.fromEntries(list.map((a) => [a.itemId, a.updatedAt]));
  return snap;
}

/** A whole snapshot's answers as the answer records it stands for (none for one that is not whole). */
export const recordsOf = (snap: Snapshot): AnswerRecord[] =>
  snap.times
    ? Object.entries(snap.answers).map(([itemId, value]) => ({
        sessionId: snap.id,
        itemId,
        value,
        updatedAt: snap.times![itemId] ?? snap.session.updatedAt,
      }))
    : [];

/** The snapshot with a summary of the summarizer's version (worked out again when stale). */
export const freshSnapshot = (snap: Snapshot, summarizer: Summarizer): Snapshot =>
  snap.summary?.version === summarizer.version
    ? snap
    : { ...snap, summary: summarizer.summarize(snap.session, snap.answers) };

/** Whether two snapshots hold the same check (session and answers; summaries aside). */
export const sameCheck = (a: Snapshot, b: Snapshot) =>
  JSON.stringify([a.session, a.answers]) === JSON.stringify([b.session, b.answers]);

/**
 * The same snapshot with one answer set (or removed: null), a whole one with its time: its
 * summary is then out of date.
 */
export function withAnswer(
  snap: Snapshot,
  itemId: string,
  value: AnswerValue | null,
  updatedAt: number,
): Snapshot {
  const answers = { ...snap.answers };
  const times = snap.times && { ...snap.times };
  if (value === null) {
    delete answers[itemId];
    if (times) delete times[itemId];
  } else {
    answers[itemId] = value;
    if (times) times[itemId] = updatedAt;
  }
  return { id: snap.id, session: snap.session, answers, ...(times && { times }) };
}

/** Answer records as the answers of one check, by item id. */
export const answerMap = (list: readonly { itemId: string; value: AnswerValue }[]) =>
  Object.fromEntries(list.map((a) => [a.itemId, a.value])) as Record<string, AnswerValue>;
