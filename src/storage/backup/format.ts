import type { AnswerValue } from '../../domain/types';
import type { EventRecord, SessionRecord } from '../types';

/** The name every export file carries. */
export const FORMAT = 'netzwerk-check';
/** The newest export format this app writes and reads. */
export const FORMAT_VERSION = 1;

/** One answer inside an export file. */
export interface ExportedAnswer {
  value: AnswerValue;
  updatedAt: number;
}

/** One check inside an export file: the session and all its answers. */
export interface ExportedSession extends SessionRecord {
  answers: Record<string, ExportedAnswer>;
}

/** A complete, re-importable export. */
export interface ExportFile {
  format: typeof FORMAT;
  version: number;
  exportedAt: string;
  sessions: ExportedSession[];
  /** Events of the exported checks (a PIN only as its salted hash). */
  events: EventRecord[];
}
