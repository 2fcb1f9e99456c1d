import type { AnswerValue } from '../domain/types';
import type { NetworkContact } from './network';

/** Who answers a check. */
export type Role = 'kmu' | 'coordinator';

/** One check (a questionnaire session) as stored. */
export interface SessionRecord {
  id: string;
  instrumentId: string;
  instrumentVersion: number;
  role: Role;
  label?: string;
  createdAt: number;
  updatedAt: number;
  completedAt?: number;
  /** Index of the page the person was on, to resume there. */
  position: number;
  eventId?: string;
  /** Set on a copy kept after an import conflict: the id of the check it was a version of. */
  copyOf?: string;
  /** The recommendations the person means to act on ("Das packe ich an"). */
  plan?: PlanEntry[];
  /** At an event "mit Rückmeldung": who asked to be contacted, with the consent line they agreed to. */
  followUp?: FollowUp;
  /** Shown as a QR code by its owner, who was told the organiser can see it. */
  handedOver?: boolean;
}

/** A visitor's wish for a follow-up: name, how to reach them, and the consent text they ticked. */
export interface FollowUp {
  name: string;
  contact: string;
  consent: string;
  at: number;
}

/**
 * How an event treats its visitors: "anonym" (the default, also for events made before there was
 * a choice): once a visitor is done, no screen opens their check singly, only pooled;
 * "feedback": a visitor may leave name and contact, and only those checks open singly.
 */
export type EventPrivacy = 'anonym' | 'feedback';

/** One step of the action plan: a chosen recommendation with who, by when and a note. */
export interface PlanEntry {
  recommendationId: string;
  who: string;
  /** YYYY-MM-DD, or empty. */
  due: string;
  note: string;
  updatedAt: number;
}

/** An event (trade fair, chamber evening, workshop) whose checks are collected on one device. */
export interface EventRecord {
  id: string;
  name: string;
  /** Day of the event, YYYY-MM-DD. */
  date: string;
  instrumentId: string;
  /** SHA-256 of salt + PIN, hex; no PIN when absent. */
  pinHash?: string;
  pinSalt?: string;
  /** Seconds without input after which the kiosk returns to its start screen. */
  idleSeconds: number;
  /** Whether a check left unfinished at the timeout is kept (else deleted). */
  keepPartial: boolean;
  /** An optional line each respondent sees before starting (e.g. consent, data use). */
  consent?: string;
  /** The network's contact shown at the kiosk and on every result (copied from the profile). */
  contact?: NetworkContact;
  /** Absent means "anonym". */
  privacy?: EventPrivacy;
  createdAt: number;
  updatedAt: number;
  closedAt?: number;
}

/** One answer as stored: keyed by [sessionId, itemId] so each answer is its own record. */
export interface AnswerRecord {
  sessionId: string;
  itemId: string;
  value: AnswerValue;
  updatedAt: number;
}

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
