import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { openCheckDB, type CheckDB, type OpenHooks } from './db';
import { decodePage, encodePage, pageOf } from './pages';
import {
  answerMap,
  entryOf,
  freshSnapshot,
  snapshotOf,
  withAnswer,
  type PoolEntry,
  type Snapshot,
  type Summarizer,
} from './snapshot';
import type { AnswerRecord, Backend, EventRecord, SessionRecord } from './types';

type DB = IDBPDatabase<CheckDB>;
/** The stores a check's writes touch; every such write opens them all, so helpers share one type. */
const CHECKS = [
  'sessions',
  'answers',
  'events',
  'snapshots',
  'pool',
] satisfies StoreNames<CheckDB>[];
type Tx = IDBPTransaction<CheckDB, typeof CHECKS, 'readwrite'>;
/** Pool entries to put (or remove: null) in the transaction's pages. */
type PoolChanges = Map<string, PoolEntry | null>;

/** Writes a snapshot (or deletes it: null) and notes its pool entry's change. */
function setSnapshot(tx: Tx, changes: PoolChanges, id: string, snap: Snapshot | null) {
  changes.set(id, snap?.summary ? entryOf(snap.session, snap.summary) : null);
  return snap ? tx.objectStore('snapshots').put(snap) : tx.objectStore('snapshots').delete(id);
}

/** Applies the noted entry changes, reading and rewriting each page touched once. */
async function writePool(tx: Tx, changes: PoolChanges) {
  const byPage = new Map<number, [string, PoolEntry | null][]>();
  for (const change of changes) {
    const page = pageOf(change[0]);
    byPage.set(page, [...(byPage.get(page) ?? []), change]);
  }
  const pool = tx.objectStore('pool');
  await Promise.all(
    [...byPage].map(async ([page, list]) => {
      const stored = await pool.get(page);
      const entries = new Map(stored ? decodePage(stored).map((e) => [e.id, e]) : []);
      for (const [id, entry] of list) {
        if (entry) entries.set(id, entry);
        else entries.delete(id);
      }
      await (entries.size ? pool.put(encodePage(page, entries.values())) : pool.delete(page));
    }),
  );
}

const isClosedError = (e: unknown) =>
  e instanceof DOMException &&
  (e.name === 'InvalidStateError' || e.name === 'TransactionInactiveError');

/** The IndexedDB backend; reopens the connection once if the browser closed it underneath us. */
export class IdbBackend implements Backend {
  readonly kind = 'idb';
  private db: Promise<DB>;

  private constructor(
    db: DB,
    private readonly hooks: OpenHooks,
    private readonly name?: string,
  ) {
    this.db = Promise.resolve(db);
  }

  /** Opens the database; rejects if IndexedDB is missing or refuses. */
  static async open(hooks: OpenHooks = {}, name?: string): Promise<IdbBackend> {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB missing');
    return new IdbBackend(await openCheckDB(hooks, name), hooks, name);
  }

  private async run<T>(fn: (db: DB) => Promise<T>): Promise<T> {
    try {
      return await fn(await this.db);
    } catch (e) {
      if (!isClosedError(e)) throw e;
      this.db = openCheckDB(this.hooks, this.name);
      return fn(await this.db);
    }
  }

  getSession(id: string) {
    return this.run((db) => db.get('sessions', id));
  }

  async putSession(session: SessionRecord) {
    await this.run((db) => db.put('sessions', session));
  }

  updateSession(id: string, change: (s: SessionRecord) => SessionRecord, summarizer?: Summarizer) {
    return this.run(async (db) => {
      const tx = db.transaction(CHECKS, 'readwrite');
      const current = await tx.objectStore('sessions').get(id);
      const next = current && change(current);
      if (next) {
        const ops: Promise<unknown>[] = [tx.objectStore('sessions').put(next)];
        if (next.completedAt) {
          // on completion it is built afresh from the answer records, else it keeps its answers
          const old = summarizer ? undefined : await tx.objectStore('snapshots').get(id);
          const snap = old
            ? { ...old, session: next }
            : snapshotOf(next, answerMap(await this.answersOf(tx, id)), summarizer);
          const changes: PoolChanges = new Map();
          ops.push(setSnapshot(tx, changes, id, snap), writePool(tx, changes));
        }
        await Promise.all(ops);
      }
      await tx.done;
      return next;
    });
  }

  private answersOf(tx: Tx, id: string) {
    return tx.objectStore('answers').index('by-session').getAll(id);
  }

  storedIds(ids: readonly string[]) {
    return this.run(async (db) => {
      const tx = db.transaction('sessions');
      const found = await Promise.all(ids.map((id) => tx.store.getKey(id)));
      return new Set(found.filter((k) => k !== undefined));
    });
  }

  listSessions() {
    return this.run((db) => db.getAll('sessions'));
  }

  deleteSession(id: string) {
    return this.run(async (db) => {
      const tx = db.transaction(CHECKS, 'readwrite');
      const answers = tx.objectStore('answers');
      const keys = await answers.index('by-session').getAllKeys(id);
      const changes: PoolChanges = new Map();
      await Promise.all([
        tx.objectStore('sessions').delete(id),
        ...keys.map((k) => answers.delete(k)),
        setSnapshot(tx, changes, id, null),
        writePool(tx, changes),
      ]);
      await tx.done;
    });
  }

  putAnswer(answer: AnswerRecord) {
    return this.changeAnswer(answer.sessionId, answer.itemId, answer);
  }

  deleteAnswer(sessionId: string, itemId: string) {
    return this.changeAnswer(sessionId, itemId, null);
  }

  /** Writes or removes one answer; a completed check's snapshot takes the change in the same transaction. */
  private changeAnswer(sessionId: string, itemId: string, answer: AnswerRecord | null) {
    return this.run(async (db) => {
      const tx = db.transaction(CHECKS, 'readwrite');
      const answers = tx.objectStore('answers');
      const [, snap] = await Promise.all([
        answer ? answers.put(answer) : answers.delete([sessionId, itemId]),
        tx.objectStore('snapshots').get(sessionId),
      ]);
      if (snap) {
        const changes: PoolChanges = new Map();
        const next = withAnswer(snap, itemId, answer?.value ?? null);
        await Promise.all([setSnapshot(tx, changes, sessionId, next), writePool(tx, changes)]);
      }
      await tx.done;
    });
  }

  getAnswers(sessionId: string) {
    return this.run((db) => db.getAllFromIndex('answers', 'by-session', sessionId));
  }

  allAnswers() {
    return this.run((db) => db.getAll('answers'));
  }

  writeChecks(
    checks: { session: SessionRecord; answers: AnswerRecord[] }[],
    events: EventRecord[] = [],
    summarizer?: Summarizer,
  ) {
    return this.run(async (db) => {
      const tx = db.transaction(CHECKS, 'readwrite');
      const sessions = tx.objectStore('sessions');
      const answers = tx.objectStore('answers');
      const changes: PoolChanges = new Map();
      const ops: Promise<unknown>[] = events.map((e) => tx.objectStore('events').put(e));
      for (const c of checks) {
        // a check's earlier answers go by key range (keys are [session, item]; a list sorts after
        // every text): waiting for a read of their keys per check made a large import crawl
        const { session } = c;
        const id = session.id;
        const snap = session.completedAt
          ? snapshotOf(session, answerMap(c.answers), summarizer)
          : null;
        ops.push(
          answers.delete(IDBKeyRange.bound([id], [id, []])),
          sessions.put(session),
          ...c.answers.map((a) => answers.put(a)),
          setSnapshot(tx, changes, id, snap),
        );
      }
      await Promise.all([...ops, writePool(tx, changes), tx.done]);
    });
  }

  getSnapshot(id: string) {
    return this.run((db) => db.get('snapshots', id));
  }

  listPool(summarizer: Summarizer) {
    return this.run(async (db) => {
      const tx = db.transaction(['pool', 'snapshots', 'sessions']);
      const [pages, snapshots, completed] = await Promise.all([
        tx.objectStore('pool').getAll(),
        tx.objectStore('snapshots').count(),
        tx.objectStore('sessions').index('by-completed').count(),
      ]);
      const entries = new Map<string, PoolEntry>();
      for (const page of pages)
        for (const e of decodePage(page))
          if (e.summary.version === summarizer.version) entries.set(e.id, e);
      // the usual case: every completed check has its snapshot and a current entry
      if (entries.size === snapshots && snapshots === completed) return [...entries.values()];
      const [snapIds, doneIds] = await Promise.all([
        tx.objectStore('snapshots').getAllKeys(),
        tx.objectStore('sessions').index('by-completed').getAllKeys(),
      ]);
      const have = new Set(snapIds);
      const repaired = await this.summarise(
        doneIds.filter((id) => !have.has(id)),
        snapIds.filter((id) => !entries.has(id)),
        summarizer,
      );
      for (const id of entries.keys()) if (!have.has(id)) entries.delete(id);
      for (const e of repaired) entries.set(e.id, e);
      return [...entries.values()];
    });
  }

  /** Builds the missing snapshots from answer records and summarises the stale ones, in one transaction. */
  private async summarise(missing: string[], stale: string[], summarizer: Summarizer) {
    const db = await this.db;
    const tx = db.transaction(CHECKS, 'readwrite');
    const changes: PoolChanges = new Map();
    const put = (snap: Snapshot) =>
      setSnapshot(tx, changes, snap.id, freshSnapshot(snap, summarizer));
    await Promise.all([
      ...missing.map(async (id) => {
        const session = await tx.objectStore('sessions').get(id);
        if (session?.completedAt)
          await put(snapshotOf(session, answerMap(await this.answersOf(tx, id))));
      }),
      ...stale.map(async (id) => {
        const snap = await tx.objectStore('snapshots').get(id);
        if (snap) await put(snap);
      }),
    ]);
    await Promise.all([writePool(tx, changes), tx.done]);
    return [...changes.values()].filter((e) => e !== null);
  }

  clearChecks() {
    return this.run(async (db) => {
      const tx = db.transaction(CHECKS, 'readwrite');
      await Promise.all([
        tx.objectStore('sessions').clear(),
        tx.objectStore('answers').clear(),
        tx.objectStore('events').clear(),
        tx.objectStore('snapshots').clear(),
        tx.objectStore('pool').clear(),
        tx.done,
      ]);
    });
  }

  getEvent(id: string) {
    return this.run((db) => db.get('events', id));
  }

  async putEvent(event: EventRecord) {
    await this.run((db) => db.put('events', event));
  }

  listEvents() {
    return this.run((db) => db.getAll('events'));
  }

  deleteEvent(id: string) {
    return this.run(async (db) => {
      const tx = db.transaction(CHECKS, 'readwrite');
      const sessions = tx.objectStore('sessions');
      const answers = tx.objectStore('answers');
      const ids = await sessions.index('by-event').getAllKeys(id);
      const changes: PoolChanges = new Map();
      const ops: Promise<unknown>[] = [tx.objectStore('events').delete(id)];
      for (const sid of ids) {
        const keys = await answers.index('by-session').getAllKeys(sid);
        ops.push(
          sessions.delete(sid),
          ...keys.map((k) => answers.delete(k)),
          setSnapshot(tx, changes, sid, null),
        );
      }
      await Promise.all([...ops, writePool(tx, changes), tx.done]);
    });
  }

  getSetting<T>(key: string) {
    return this.run((db) => db.get('settings', key) as Promise<T | undefined>);
  }

  async putSetting(key: string, value: unknown) {
    await this.run((db) => db.put('settings', value, key));
  }
}
