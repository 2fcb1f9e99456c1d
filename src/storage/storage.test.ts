import { summarizer } from '../features/summary';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IdbSeam } from './seam-idb';
import { MemorySeam } from './seam-memory';
import { connect, resetConnection, storage } from './connection';
import { flushPending, loadAnswers, saveAnswer } from './answers';
import { replayWrites } from './write-ahead';
import {
  completeSession,
  createSession,
  deleteSession,
  getSession,
  listOpenSessions,
  listSessions,
  setLabel,
  setPosition,
} from './sessions';
import { getStorageStatus } from './status';
import { DB_VERSION, openCheckDB, STORES } from './db';
import { backendOn } from './backend';
import type { Seam } from './seam';

let dbName = '';
const useFreshDb = async () => {
  dbName = `test-${crypto.randomUUID()}`;
  resetConnection();
  return connect(() => IdbSeam.open({}, dbName));
};

const kmu = { instrumentId: 'kmu', instrumentVersion: 1, role: 'kmu' as const };

describe('sessions and answers in IndexedDB', () => {
  beforeEach(useFreshDb);

  it('creates a check with a random id and lists it', async () => {
    const a = await createSession(kmu, 1000);
    const b = await createSession({ ...kmu, label: 'Bäckerei Müller' }, 2000);
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
    expect((await listSessions()).map((s) => s.id)).toEqual([b.id, a.id]);
  });

  it.each([
    ['IndexedDB', useFreshDb],
    ['memory', () => connect(async () => new MemorySeam())],
  ])('lists the checks not yet completed, newest first (%s)', async (_, use) => {
    resetConnection();
    await use();
    const old = await createSession(kmu, 1000);
    const done = await createSession(kmu, 2000);
    const recent = await createSession({ ...kmu, eventId: 'e' }, 3000);
    await completeSession(done.id, summarizer, 4000);
    expect((await listOpenSessions()).map((s) => s.id)).toEqual([recent.id, old.id]);
  });

  it('stores every answer the moment it is given and reads them back', async () => {
    const s = await createSession(kmu);
    await saveAnswer(s.id, 'd1-1', 4);
    await saveAnswer(s.id, 'd1-2', 'na');
    await saveAnswer(s.id, 'barriers', ['resources', 'fees']);
    await saveAnswer(s.id, 'd1-1', 5);
    expect(await loadAnswers(s.id)).toEqual({
      'd1-1': 5,
      'd1-2': 'na',
      barriers: ['resources', 'fees'],
    });
    await saveAnswer(s.id, 'd1-2', null);
    expect(await loadAnswers(s.id)).toEqual({ 'd1-1': 5, barriers: ['resources', 'fees'] });
  });

  it('remembers the page, completion and label without touching answers', async () => {
    const s = await createSession(kmu, 1);
    await saveAnswer(s.id, 'x', 3);
    await setPosition(s.id, 4, 2);
    await completeSession(s.id, summarizer, 3);
    await completeSession(s.id, summarizer, 9);
    await setLabel(s.id, '  Tischlerei  ', 4);
    expect(await getSession(s.id)).toMatchObject({
      position: 4,
      completedAt: 3,
      label: 'Tischlerei',
      updatedAt: 4,
    });
    expect(await loadAnswers(s.id)).toEqual({ x: 3 });
  });

  it('deletes one check with all its answers and nothing else', async () => {
    const a = await createSession(kmu);
    const b = await createSession(kmu);
    await saveAnswer(a.id, 'x', 1);
    await saveAnswer(b.id, 'x', 2);
    await deleteSession(a.id);
    expect(await getSession(a.id)).toBeUndefined();
    expect(await loadAnswers(a.id)).toEqual({});
    expect(await loadAnswers(b.id)).toEqual({ x: 2 });
  });

  it('writing a check anew replaces its answers and touches no other check’s', async () => {
    const db = await storage();
    const session = (id: string) => ({ ...kmu, id, createdAt: 1, updatedAt: 1, position: 0 });
    const answer = (sessionId: string, itemId: string, value: number) => ({
      sessionId,
      itemId,
      value,
      updatedAt: 1,
    });
    // ids where one begins with the other: the key range must not reach into the longer one
    await db.writeChecks([
      { session: session('a'), answers: [answer('a', 'x', 1), answer('a', 'y', 2)] },
      { session: session('ab'), answers: [answer('ab', 'x', 3)] },
    ]);
    await db.writeChecks([{ session: session('a'), answers: [answer('a', 'y', 5)] }]);
    expect(await loadAnswers('a')).toEqual({ y: 5 });
    expect(await loadAnswers('ab')).toEqual({ x: 3 });
  });

  it('two tabs answering the same check never overwrite each other’s answers', async () => {
    const s = await createSession(kmu);
    const tabA = backendOn(await IdbSeam.open({}, dbName));
    const tabB = backendOn(await IdbSeam.open({}, dbName));
    await Promise.all([
      tabA.putAnswer({ sessionId: s.id, itemId: 'd1-1', value: 1, updatedAt: 1 }),
      tabB.putAnswer({ sessionId: s.id, itemId: 'd1-2', value: 5, updatedAt: 1 }),
      tabA.updateSession(s.id, (x) => ({ ...x, position: 2 })),
      tabB.updateSession(s.id, (x) => ({ ...x, label: 'B' })),
    ]);
    expect(await loadAnswers(s.id)).toEqual({ 'd1-1': 1, 'd1-2': 5 });
    expect(await getSession(s.id)).toMatchObject({ position: 2, label: 'B' });
  });

  it('reopens the connection when the browser closed it, losing nothing', async () => {
    const backend = await connect();
    const s = await createSession(kmu);
    (backend.seam as IdbSeam).close();
    await saveAnswer(s.id, 'd1-1', 2);
    expect(await loadAnswers(s.id)).toEqual({ 'd1-1': 2 });
  });
});

describe('migrations', () => {
  it('creates every store and index on a fresh database', async () => {
    const db = await openCheckDB({}, `mig-${crypto.randomUUID()}`);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...STORES].sort());
    expect([...db.transaction('answers').store.indexNames]).toEqual(['by-session']);
    expect([...db.transaction('sessions').store.indexNames].sort()).toEqual([
      'by-completed',
      'by-copy',
      'by-event',
      'by-updated',
    ]);
    db.close();
  });
});

describe('when IndexedDB cannot be used', () => {
  beforeEach(() => resetConnection());

  it('falls back to memory and says that nothing is being saved', async () => {
    const b = await connect(() => Promise.reject(new DOMException('denied', 'SecurityError')));
    expect(b.kind).toBe('memory');
    expect(getStorageStatus()).toMatchObject({ mode: 'memory', problem: 'unavailable' });
    const s = await createSession(kmu);
    await saveAnswer(s.id, 'd1-1', 3);
    expect(await loadAnswers(s.id)).toEqual({ 'd1-1': 3 });
  });

  it('keeps an answer that failed to write (disk full), says so, and writes it on retry', async () => {
    vi.useFakeTimers();
    const memory = new MemorySeam();
    let full = true;
    // a disk that takes nothing more: every write of answers fails
    const quota = () => Promise.reject(new DOMException('quota', 'QuotaExceededError'));
    const failing: Seam = {
      kind: 'memory',
      read: (stores, fn) => memory.read(stores, fn),
      write: (stores, fn) =>
        full && stores.includes('answers') ? quota() : memory.write(stores, fn),
      writeNow: (stores, fn) =>
        full && stores.includes('answers') ? quota() : memory.writeNow(stores, fn),
    };
    await connect(() => Promise.resolve(failing));
    const s = await createSession(kmu);
    expect(await saveAnswer(s.id, 'd2-1', 4)).toBe(false);
    expect(getStorageStatus()).toMatchObject({ problem: 'write-failed', unsaved: 1 });
    expect(await loadAnswers(s.id)).toEqual({ 'd2-1': 4 });
    full = false;
    expect(await flushPending()).toBe(0);
    expect(getStorageStatus()).toMatchObject({ unsaved: 0 });
    expect(getStorageStatus().problem).toBeUndefined();
    expect(await backendOn(memory).getAnswers(s.id)).toMatchObject([{ itemId: 'd2-1', value: 4 }]);
    vi.useRealTimers();
  });
});

describe('migration from version 1', () => {
  it('keeps every check and answer of a version-1 database and adds the events store', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => {
        const db = req.result;
        db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt');
        db.createObjectStore('answers', { keyPath: ['sessionId', 'itemId'] }).createIndex(
          'by-session',
          'sessionId',
        );
        db.createObjectStore('settings');
        const tx = req.transaction!;
        tx.objectStore('sessions').put({
          id: 's1',
          instrumentId: 'kmu',
          instrumentVersion: 1,
          role: 'kmu',
          createdAt: 1,
          updatedAt: 1,
          position: 2,
        });
        tx.objectStore('answers').put({ sessionId: 's1', itemId: 'd1-1', value: 4, updatedAt: 1 });
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const db = await openCheckDB({}, name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...STORES].sort());
    expect(await db.get('sessions', 's1')).toMatchObject({ position: 2 });
    expect(await db.getAllFromIndex('answers', 'by-session', 's1')).toEqual([
      { sessionId: 's1', itemId: 'd1-1', value: 4, updatedAt: 1 },
    ]);
    expect([...db.transaction('sessions').store.indexNames].sort()).toEqual([
      'by-completed',
      'by-copy',
      'by-event',
      'by-updated',
    ]);
    db.close();
  });
});

describe('another tab holding an older version', () => {
  it('reports the blocked upgrade, then opens once that tab closes, losing nothing', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    const old = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => {
        req.result
          .createObjectStore('sessions', { keyPath: 'id' })
          .createIndex('by-updated', 'updatedAt');
        req.result
          .createObjectStore('answers', { keyPath: ['sessionId', 'itemId'] })
          .createIndex('by-session', 'sessionId');
        req.result.createObjectStore('settings');
        req
          .transaction!.objectStore('answers')
          .put({ sessionId: 's', itemId: 'd1-1', value: 2, updatedAt: 1 });
      };
      req.onsuccess = () => resolve(req.result);
    });
    let blocked = 0;
    const opening = openCheckDB({ onBlocked: () => blocked++ }, name);
    await new Promise((r) => setTimeout(r, 20));
    expect(blocked).toBe(1);
    old.close();
    const db = await opening;
    expect(await db.getAll('answers')).toHaveLength(1);
    db.close();
  });

  it('closes its own connection when a newer version needs it', async () => {
    const name = `vc-${crypto.randomUUID()}`;
    let told = 0;
    const db = await openCheckDB({ onVersionChange: () => told++ }, name);
    await new Promise<void>((resolve) => {
      const req = indexedDB.open(name, DB_VERSION + 1);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
    });
    expect(told).toBe(1);
    expect(() => db.transaction('answers')).toThrow();
  });
});

describe('answers noted ahead', () => {
  beforeEach(async () => {
    localStorage.clear();
    await useFreshDb();
  });
  const notes = () =>
    Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k) =>
      k?.startsWith('netzwerk-check.wa.answer:'),
    );

  it('carries answers the journal of the earlier version holds over into IndexedDB at the first start', async () => {
    const s = await createSession(kmu);
    const old = [
      { sessionId: s.id, itemId: 'd3-1', value: 5, updatedAt: 10 },
      { sessionId: s.id, itemId: 'd3-2', value: null, updatedAt: 11 },
    ];
    await (await storage()).putAnswer({ sessionId: s.id, itemId: 'd3-2', value: 1, updatedAt: 1 });
    localStorage.setItem(
      'netzwerk-check.journal',
      JSON.stringify(Object.fromEntries(old.map((e) => [`${e.sessionId}\u0000${e.itemId}`, e]))),
    );
    expect(await replayWrites()).toBe(2);
    expect(await (await storage()).getAnswers(s.id)).toEqual([old[0]]);
    expect(localStorage.getItem('netzwerk-check.journal')).toBeNull();
    expect(notes()).toEqual([]);
  });

  it('keeps one note per answer until its write is confirmed, and starts the write in the same task', async () => {
    const s = await createSession(kmu);
    await saveAnswer(s.id, 'd1-2', 2);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const saving = saveAnswer(s.id, 'd1-1', 3);
    expect(put).toHaveBeenCalledTimes(1);
    put.mockRestore();
    expect(notes()).toHaveLength(1);
    expect(await saving).toBe(true);
    expect(notes()).toEqual([]);
  });

  it('a check deleted while the start replays gets no noted answer back', async () => {
    const s = await createSession(kmu);
    localStorage.setItem(
      'netzwerk-check.journal',
      JSON.stringify({ x: { sessionId: s.id, itemId: 'd1-1', value: 4, updatedAt: 1 } }),
    );
    // as at a kiosk's restart: the partial visit is discarded while the start replays
    const replay = replayWrites();
    await deleteSession(s.id);
    await replay;
    expect(await (await storage()).allAnswers()).toEqual([]);
    expect(notes()).toEqual([]);
  });
});
