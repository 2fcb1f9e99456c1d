// The stored shapes are defined once, in schema/; this module only gathers their types.
import type { AnswerRecord } from './schema/answer';
import type { EventRecord } from './schema/event';
import type { SessionRecord } from './schema/session';
import type { PoolEntry, Snapshot, Summarizer } from './snapshot';

export type { AnswerRecord, ExportedAnswer } from './schema/answer';
export type { NetworkContact } from './schema/contact';
export type { EventPrivacy, EventRecord } from './schema/event';
export type { ExportFile } from './schema/file';
export type { FollowUp } from './schema/follow-up';
export type { Arrival, Origin } from './schema/origin';
export type { PlanEntry } from './schema/plan-entry';
export type { ExportedSession, Role, SessionRecord } from './schema/session';
export type { KioskState, SettingKey, Settings } from './schema/settings';

/**
 * What the storage layer can do; implemented by IndexedDB and by an in-memory fallback. Every
 * write of a completed check also writes its snapshot, in the same transaction.
 */
export interface Backend {
  readonly kind: 'idb' | 'memory';
  getSession(id: string): Promise<SessionRecord | undefined>;
  /** Stores a new check (one not yet completed: completion goes through updateSession). */
  putSession(session: SessionRecord): Promise<void>;
  /**
   * Reads, changes and writes one session in one transaction; a completed one's snapshot with it
   * (built from its answer records, summarised when a summarizer is given: on completion).
   */
  updateSession(
    id: string,
    change: (s: SessionRecord) => SessionRecord,
    summarizer?: Summarizer,
  ): Promise<SessionRecord | undefined>;
  listSessions(): Promise<SessionRecord[]>;
  /** The checks not yet completed (without reading the completed ones, however many). */
  listOpenSessions(): Promise<SessionRecord[]>;
  /** Which of these ids are stored checks. */
  storedIds(ids: readonly string[]): Promise<Set<string>>;
  deleteSession(id: string): Promise<void>;
  /** Writes one answer (a completed check's snapshot takes it too, its summary then out of date). */
  putAnswer(answer: AnswerRecord): Promise<void>;
  deleteAnswer(sessionId: string, itemId: string): Promise<void>;
  getAnswers(sessionId: string): Promise<AnswerRecord[]>;
  /** All answers of all checks. */
  allAnswers(): Promise<AnswerRecord[]>;
  /** Writes whole checks (session + answers, replacing earlier answers of the same id) in one transaction. */
  writeChecks(
    checks: { session: SessionRecord; answers: AnswerRecord[] }[],
    events?: EventRecord[],
    summarizer?: Summarizer,
  ): Promise<void>;
  getSnapshot(id: string): Promise<Snapshot | undefined>;
  /**
   * The pool entries of all completed checks whose summary is of this version, and the ids of
   * the others (no snapshot yet, or a summary of another version: see getSnapshots, putSummaries).
   */
  readPool(version: string): Promise<{ entries: PoolEntry[]; stale: string[] }>;
  /** The snapshots of these completed checks (built from their answers where none was written). */
  getSnapshots(ids: readonly string[]): Promise<Snapshot[]>;
  /** Writes back snapshots with their summaries, leaving out any check changed since it was read. */
  putSummaries(snaps: readonly Snapshot[]): Promise<void>;
  /** Deletes every check, answer, snapshot and event in one transaction (settings stay). */
  clearChecks(): Promise<void>;
  getEvent(id: string): Promise<EventRecord | undefined>;
  putEvent(event: EventRecord): Promise<void>;
  listEvents(): Promise<EventRecord[]>;
  /** Deletes an event and every check stored under it, in one transaction. */
  deleteEvent(id: string): Promise<void>;
  getSetting<T>(key: string): Promise<T | undefined>;
  putSetting(key: string, value: unknown): Promise<void>;
}
