import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { PoolPage } from './pages';
import { answerMap, snapshotOf, type Snapshot } from './snapshot';
import type { AnswerRecord, EventRecord, SessionRecord } from './types';

/** The typed IndexedDB schema. */
export interface CheckDB extends DBSchema {
  sessions: {
    key: string;
    value: SessionRecord;
    indexes: {
      'by-updated': number;
      'by-event': string;
      'by-completed': number;
      'by-copy': string;
    };
  };
  answers: { key: [string, string]; value: AnswerRecord; indexes: { 'by-session': string } };
  settings: { key: string; value: unknown };
  events: { key: string; value: EventRecord };
  /** Completed checks as a whole. */
  snapshots: { key: string; value: Snapshot };
  /** The pool entries of the snapshots, packed by page (see pages.ts). */
  pool: { key: number; value: PoolPage };
}

/** Every object store. */
export const STORES = ['sessions', 'answers', 'settings', 'events', 'snapshots', 'pool'] as const;

export const DB_NAME = 'netzwerk-check';

/** Where each store's key and index keys are, as the migrations make them (the memory seam reads it). */
export const LAYOUT: Record<
  (typeof STORES)[number],
  { keyPath?: string | string[]; indexes?: Record<string, string> }
> = {
  sessions: {
    keyPath: 'id',
    indexes: {
      'by-updated': 'updatedAt',
      'by-event': 'eventId',
      'by-completed': 'completedAt',
      'by-copy': 'copyOf',
    },
  },
  answers: { keyPath: ['sessionId', 'itemId'], indexes: { 'by-session': 'sessionId' } },
  settings: {},
  events: { keyPath: 'id' },
  snapshots: { keyPath: 'id' },
  pool: { keyPath: 'page' },
};

type Migration = (
  db: IDBPDatabase<CheckDB>,
  tx: IDBPTransaction<CheckDB, (typeof STORES)[number][], 'versionchange'>,
) => void | Promise<void>;

/** Numbered migrations: migrations[n] upgrades a database from version n to n + 1. */
export const migrations: Migration[] = [
  (db) => {
    const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
    sessions.createIndex('by-updated', 'updatedAt');
    const answers = db.createObjectStore('answers', { keyPath: ['sessionId', 'itemId'] });
    answers.createIndex('by-session', 'sessionId');
    db.createObjectStore('settings');
  },
  (db, tx) => {
    db.createObjectStore('events', { keyPath: 'id' });
    tx.objectStore('sessions').createIndex('by-event', 'eventId');
  },
  // each completed check once as a whole; the summaries follow at the first pooled read
  async (db, tx) => {
    db.createObjectStore('snapshots', { keyPath: 'id' });
    db.createObjectStore('pool', { keyPath: 'page' });
    const sessions = tx.objectStore('sessions');
    sessions.createIndex('by-completed', 'completedAt');
    const answers = tx.objectStore('answers').index('by-session');
    const snapshots = tx.objectStore('snapshots');
    const done = (await sessions.getAll()).filter((s) => s.completedAt);
    await Promise.all(
      done.map(async (session) => {
        await snapshots.put(snapshotOf(session, answerMap(await answers.getAll(session.id))));
      }),
    );
  },
  // the copies a merge made, found by the check they copy: an import looks up only its own ids
  (_db, tx) => {
    tx.objectStore('sessions').createIndex('by-copy', 'copyOf');
  },
];

export const DB_VERSION = migrations.length;

/** Callbacks for the moments another tab gets in the way. */
export interface OpenHooks {
  /** Our upgrade waits for another tab that still has the old version open. */
  onBlocked?: () => void;
  /** Another tab wants to upgrade: we have closed our connection. */
  onVersionChange?: () => void;
  /** The browser closed the connection (e.g. storage cleared). */
  onTerminated?: () => void;
}

/** Opens the database, running every migration the stored version has not seen. */
export function openCheckDB(hooks: OpenHooks = {}, name = DB_NAME): Promise<IDBPDatabase<CheckDB>> {
  return openDB<CheckDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      // one after the other, each with only requests of this transaction in between
      for (let v = oldVersion; v < DB_VERSION; v++) await migrations[v]?.(db, tx);
    },
    blocked: () => hooks.onBlocked?.(),
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      hooks.onVersionChange?.();
    },
    terminated: () => hooks.onTerminated?.(),
  });
}
