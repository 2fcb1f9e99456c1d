import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { openCheckDB, type CheckDB, type OpenHooks } from './db';
import { decodePage, encodePage, pageOf } from './pages';
import {
  answerMap,
  entryOf,
  sameCheck,
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

/** A completed check's snapshot; one written without (from before snapshots) built from its answers. */
async function currentSnapshot(
  tx: IDBPTransaction<CheckDB, typeof CHECKS, 'readonly' | 'readwrite'>,
  id: string,
): Promise<Snapshot | undefined> {
  const snap = await tx.objectStore('snapshots').get(id);
  if (snap) return snap;
  const session = await tx.objectStore('sessions').get(id);
  if (!session?.completedAt) return undefined;
  return snapshotOf(
    session,
    answerMap(await tx.objectStore('answers').index('by-session').getAll(id)),
  );
}

const isClosedError = (e: unknown) =>
  e instanceof DOMException &&
  (e.name === 'InvalidStateError' || e.name === 'TransactionInactiveError');

/** The IndexedDB backend; reopens the connection once if the browser closed it underneath us. */
export class IdbBackend implements Backend {
  readonly kind = 'idb';
  private db: Promise<DB>;
  /** The connection once open, so a transaction can start in the caller's task. */
  private open: DB | undefined;

  private constructor(
    db: DB,
    private readonly hooks: OpenHooks,
    private readonly name?: string,
  ) {
    this.db = Promise.resolve(db);
    this.open = db;
  }

  /** Opens the database; rejects if IndexedDB is missing or refuses. */
  static async open(hooks: OpenHooks = {}, name?: string): Promise<IdbBackend> {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB missing');
    return new IdbBackend(await openCheckDB(hooks, name), hooks, name);
  }

  private run<T>(fn: (db: DB) => Promise<T>): Promise<T> {
    const { open } = this;
    // the executor runs at once, and turns a throw of a closed connection into a rejection
    const first = open ? new Promise<T>((resolve) => resolve(fn(open))) : this.db.then(fn);
    return first.catch((e: unknown) => {
      if (!isClosedError(e)) throw e;
      this.open = undefined;
      this.db = openCheckDB(this.hooks, this.name).then((db) => (this.open = db));
      return this.db.then(fn);
    });
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

  listOpenSessions() {
    return this.run(async (db) => {
      const tx = db.transaction('sessions');
      const done = tx.store.index('by-completed');
      // the usual case on a coordinator's device: every check completed, nothing more to read
      const [n, completed] = await Promise.all([tx.store.count(), done.count()]);
      if (n === completed) return [];
      // else the keys of all and of the completed ones: thousands of keys read fast, records do not
      const [all, closed] = await Promise.all([tx.store.getAllKeys(), done.getAllKeys()]);
      const skip = new Set(closed);
      const open = await Promise.all(all.filter((k) => !skip.has(k)).map((k) => tx.store.get(k)));
      return open.filter((s): s is SessionRecord => !!s && !s.completedAt);
    });
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

  readPool(version: string) {
    return this.run(async (db) => {
      const tx = db.transaction(['pool', 'snapshots', 'sessions']);
      const [pages, snapshots, completed] = await Promise.all([
        tx.objectStore('pool').getAll(),
        tx.objectStore('snapshots').count(),
        tx.objectStore('sessions').index('by-completed').count(),
      ]);
      const current = pages.flatMap(decodePage).filter((e) => e.summary.version === version);
      // the usual case: every completed check has its snapshot and a current entry
      if (current.length === snapshots && snapshots === completed)
        return { entries: current, stale: [] };
      const [snapIds, doneIds] = await Promise.all([
        tx.objectStore('snapshots').getAllKeys(),
        tx.objectStore('sessions').index('by-completed').getAllKeys(),
      ]);
      const have = new Set(current.map((e) => e.id));
      const snapped = new Set(snapIds);
      return {
        entries: current.filter((e) => snapped.has(e.id)),
        stale: [...new Set([...snapIds, ...doneIds])].filter((id) => !have.has(id)),
      };
    });
  }

  getSnapshots(ids: readonly string[]) {
    return this.run(async (db) => {
      const tx = db.transaction(CHECKS);
      const found = await Promise.all(ids.map((id) => currentSnapshot(tx, id)));
      return found.filter((s) => s !== undefined);
    });
  }

  putSummaries(snaps: readonly Snapshot[]) {
    return this.run(async (db) => {
      const tx = db.transaction(CHECKS, 'readwrite');
      const changes: PoolChanges = new Map();
      // a check changed or deleted since it was read keeps its change (summarised at the next read)
      await Promise.all(
        snaps.map(async (snap) => {
          const now = await currentSnapshot(tx, snap.id);
          if (now && sameCheck(now, snap)) await setSnapshot(tx, changes, snap.id, snap);
        }),
      );
      await Promise.all([writePool(tx, changes), tx.done]);
    });
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
