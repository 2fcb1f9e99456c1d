// The stored shapes are defined once, in schema/; this module only gathers their types.
import type { AnswerRecord } from './schema/answer';
import type { EventRecord } from './schema/event';
import type { SessionRecord } from './schema/session';

export type { AnswerRecord, ExportedAnswer } from './schema/answer';
export type { NetworkContact } from './schema/contact';
export type { EventPrivacy, EventRecord } from './schema/event';
export type { ExportFile } from './schema/file';
export type { FollowUp } from './schema/follow-up';
export type { PlanEntry } from './schema/plan-entry';
export type { ExportedSession, Role, SessionRecord } from './schema/session';
export type { KioskState, SettingKey, Settings } from './schema/settings';

/** What the storage layer can do; implemented by IndexedDB and by an in-memory fallback. */
export interface Backend {
  readonly kind: 'idb' | 'memory';
  getSession(id: string): Promise<SessionRecord | undefined>;
  putSession(session: SessionRecord): Promise<void>;
  /** Reads, changes and writes one session in one transaction. */
  updateSession(
    id: string,
    change: (s: SessionRecord) => SessionRecord,
  ): Promise<SessionRecord | undefined>;
  listSessions(): Promise<SessionRecord[]>;
  deleteSession(id: string): Promise<void>;
  putAnswer(answer: AnswerRecord): Promise<void>;
  deleteAnswer(sessionId: string, itemId: string): Promise<void>;
  getAnswers(sessionId: string): Promise<AnswerRecord[]>;
  /** All answers of all checks. */
  allAnswers(): Promise<AnswerRecord[]>;
  /** Writes whole checks (session + answers, replacing earlier answers of the same id) in one transaction. */
  writeChecks(
    checks: { session: SessionRecord; answers: AnswerRecord[] }[],
    events?: EventRecord[],
  ): Promise<void>;
  /** Deletes every check, answer and event in one transaction (settings stay). */
  clearChecks(): Promise<void>;
  getEvent(id: string): Promise<EventRecord | undefined>;
  putEvent(event: EventRecord): Promise<void>;
  listEvents(): Promise<EventRecord[]>;
  /** Deletes an event and every check stored under it, in one transaction. */
  deleteEvent(id: string): Promise<void>;
  getSetting<T>(key: string): Promise<T | undefined>;
  putSetting(key: string, value: unknown): Promise<void>;
}
