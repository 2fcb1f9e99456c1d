import * as answers from './records/answers';
import * as checks from './records/checks';
import * as events from './records/events';
import * as pool from './records/pool';
import * as sessions from './records/sessions';
import * as settings from './records/settings';
import type { Seam } from './seam';

/** The operations of the stored concepts, each written once on the seam (see records/). */
const ops = {
  getSession: sessions.getSession,
  putSession: sessions.putSession,
  updateSession: sessions.updateSession,
  listSessions: sessions.listSessions,
  listOpenSessions: sessions.listOpenSessions,
  storedIds: sessions.storedIds,
  sessionsMatching: sessions.sessionsMatching,
  deleteSession: sessions.deleteSession,
  putAnswer: answers.putAnswer,
  deleteAnswer: answers.deleteAnswer,
  getAnswers: answers.getAnswers,
  allAnswers: answers.allAnswers,
  writeChecks: checks.writeChecks,
  clearChecks: checks.clearChecks,
  getSnapshot: pool.getSnapshot,
  checkKeys: pool.checkKeys,
  snapshotsBetween: pool.snapshotsBetween,
  readPool: pool.readPool,
  getSnapshots: pool.getSnapshots,
  putSummaries: pool.putSummaries,
  getEvent: events.getEvent,
  putEvent: events.putEvent,
  listEvents: events.listEvents,
  deleteEvent: events.deleteEvent,
  putSetting: settings.putSetting,
};

type Bound<T> = {
  [K in keyof T]: T[K] extends (seam: Seam, ...args: infer A) => infer R
    ? (...args: A) => R
    : never;
};

/** The concepts' operations on one seam, for the modules that call them. */
export type Backend = Bound<typeof ops> & {
  readonly kind: Seam['kind'];
  readonly seam: Seam;
  getSetting<T>(key: string): Promise<T | undefined>;
};

/** Binds every operation to a seam. */
export function backendOn(seam: Seam): Backend {
  const bound = Object.fromEntries(
    Object.entries(ops).map(([name, op]) => [
      name,
      (...args: unknown[]) => (op as (s: Seam, ...a: unknown[]) => unknown)(seam, ...args),
    ]),
  ) as Bound<typeof ops>;
  return {
    ...bound,
    kind: seam.kind,
    seam,
    getSetting: <T>(key: string) => settings.getSetting<T>(seam, key),
  };
}
