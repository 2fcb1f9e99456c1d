import type { IDBPDatabase } from 'idb';
import { openCheckDB, type CheckDB, type OpenHooks } from './db';
import type { AnswerRecord, Backend, EventRecord, SessionRecord } from './types';

type DB = IDBPDatabase<CheckDB>;

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

  updateSession(id: string, change: (s: SessionRecord) => SessionRecord) {
    return this.run(async (db) => {
      const tx = db.transaction('sessions', 'readwrite');
      const current = await tx.store.get(id);
      const next = current && change(current);
      if (next) await tx.store.put(next);
      await tx.done;
      return next;
    });
  }

  listSessions() {
    return this.run((db) => db.getAll('sessions'));
  }

  deleteSession(id: string) {
    return this.run(async (db) => {
      const tx = db.transaction(['sessions', 'answers'], 'readwrite');
      const answers = tx.objectStore('answers');
      const keys = await answers.index('by-session').getAllKeys(id);
      await Promise.all([
        tx.objectStore('sessions').delete(id),
        ...keys.map((k) => answers.delete(k)),
      ]);
      await tx.done;
    });
  }

  async putAnswer(answer: AnswerRecord) {
    await this.run((db) => db.put('answers', answer));
  }

  async deleteAnswer(sessionId: string, itemId: string) {
    await this.run((db) => db.delete('answers', [sessionId, itemId]));
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
  ) {
    return this.run(async (db) => {
      const tx = db.transaction(['sessions', 'answers', 'events'], 'readwrite');
      const sessions = tx.objectStore('sessions');
      const answers = tx.objectStore('answers');
      const ops: Promise<unknown>[] = events.map((e) => tx.objectStore('events').put(e));
      for (const c of checks) {
        // a check's earlier answers go by key range (keys are [session, item]; a list sorts after
        // every text): waiting for a read of their keys per check made a large import crawl
        const id = c.session.id;
        ops.push(answers.delete(IDBKeyRange.bound([id], [id, []])), sessions.put(c.session));
        for (const a of c.answers) ops.push(answers.put(a));
      }
      await Promise.all([...ops, tx.done]);
    });
  }

  clearChecks() {
    return this.run(async (db) => {
      const tx = db.transaction(['sessions', 'answers', 'events'], 'readwrite');
      await Promise.all([
        tx.objectStore('sessions').clear(),
        tx.objectStore('answers').clear(),
        tx.objectStore('events').clear(),
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
      const tx = db.transaction(['events', 'sessions', 'answers'], 'readwrite');
      const sessions = tx.objectStore('sessions');
      const answers = tx.objectStore('answers');
      const ids = await sessions.index('by-event').getAllKeys(id);
      const ops: Promise<unknown>[] = [tx.objectStore('events').delete(id)];
      for (const sid of ids) {
        const keys = await answers.index('by-session').getAllKeys(sid);
        ops.push(sessions.delete(sid), ...keys.map((k) => answers.delete(k)));
      }
      await Promise.all([...ops, tx.done]);
    });
  }

  getSetting<T>(key: string) {
    return this.run((db) => db.get('settings', key) as Promise<T | undefined>);
  }

  async putSetting(key: string, value: unknown) {
    await this.run((db) => db.put('settings', value, key));
  }
}
