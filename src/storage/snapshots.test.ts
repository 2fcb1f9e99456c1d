import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getInstrument } from '../content/instruments';
import { fundingEndsSoon } from '../content/netzwerk/meta';
import { evaluateCheck } from '../domain/evaluate';
import { summaryOf } from '../domain/summary';
import { checkContent, summarizer } from '../features/summary';
import { twinScores, mirroredIds } from '../domain/compare';
import { instruments } from '../content/instruments';
import { flushPending, loadAnswers, saveAnswer } from './answers';
import { IdbSeam } from './seam-idb';
import { MemorySeam } from './seam-memory';
import { deleteAllChecks } from './backup/backup';
import { connect, resetConnection, storage } from './connection';
import { openCheckDB } from './db';
import { decodePage } from './pages';
import { createEvent, deleteEvent } from './events';
import { listPool } from './pool';
import { completeSession, createSession, deleteSession, setLabel } from './sessions';
import { answerMap, entryOf, type Summarizer } from './snapshot';
import { backendOn } from './backend';
import type { Seam } from './seam';
import type { SessionRecord } from './types';

const kmu = { instrumentId: 'kmu', instrumentVersion: 1, role: 'kmu' as const };
const answers = { 'p-member': 'no', 'd2-1': 1, 'd2-2': 2, 'd2-3': 1, barriers: ['time'] };

/** What the result screen works out from these answers, as a summary. */
const expected = (instrumentId: string, given: Record<string, unknown>, version: string) => {
  const instrument = getInstrument(instrumentId)!;
  const a = given as Parameters<typeof evaluateCheck>[2];
  return summaryOf(
    evaluateCheck(instrument, checkContent, a, 7, fundingEndsSoon(a)),
    twinScores(instrument, a, mirroredIds(instruments)),
    version,
  );
};

/** A check answered through the app's own paths and completed. */
async function completed(extra: { eventId?: string } = {}) {
  const s = await createSession({ ...kmu, ...extra });
  for (const [item, value] of Object.entries(answers)) await saveAnswer(s.id, item, value);
  await completeSession(s.id, summarizer);
  return s.id;
}

/** A completed session record, written directly (not through the app's paths). */
const done = (id: string, at: number): SessionRecord => ({
  id,
  ...kmu,
  createdAt: 1,
  updatedAt: at,
  completedAt: at,
  position: 0,
});

/** A summarizer like the app's, with a version of our choosing, counting its work. */
const versioned = (version: string) => {
  const counted = {
    version,
    calls: 0,
    summarize(s: SessionRecord, a: Parameters<Summarizer['summarize']>[1]) {
      counted.calls++;
      return { ...summarizer.summarize(s, a), version };
    },
  };
  return counted;
};

let dbName = '';
/** The pool entries as stored in IndexedDB's pages, without any repair on the way. */
async function storedPages() {
  const db = await openCheckDB({}, dbName);
  const entries = (await db.getAll('pool')).flatMap(decodePage);
  db.close();
  return entries;
}

const backends: [string, () => Promise<Seam>][] = [
  [
    'IndexedDB',
    () => {
      dbName = `snap-${crypto.randomUUID()}`;
      return IdbSeam.open({}, dbName);
    },
  ],
  ['memory', async () => new MemorySeam()],
];

describe.each(backends)('snapshots of completed checks (%s)', (_, open) => {
  beforeEach(async () => {
    resetConnection();
    await connect(open);
  });

  it('writes a completed check once as a whole, its summary what evaluating its answers gives', async () => {
    const open = await createSession(kmu);
    await saveAnswer(open.id, 'd2-1', 5);
    const id = await completed();
    const db = await storage();
    // a running check has no snapshot: its answer records are the crash-safe path
    expect(await db.getSnapshot(open.id)).toBeUndefined();
    const snap = await db.getSnapshot(id);
    expect(snap?.answers).toEqual(answers);
    expect(snap?.session).toEqual(await db.getSession(id));
    expect(snap?.summary).toEqual(expected('kmu', answers, summarizer.version));
    const pool = await listPool({ kind: 'all' }, summarizer);
    expect(pool.map((e) => [e.id, e.summary])).toEqual([[id, snap?.summary]]);
  });

  it('keeps the snapshot in step when a completed check changes afterwards', async () => {
    const id = await completed();
    await setLabel(id, 'Bäckerei');
    expect((await listPool({ kind: 'all' }, summarizer))[0]).toMatchObject({ label: 'Bäckerei' });
    if ((await storage()).kind === 'idb')
      expect(await storedPages()).toMatchObject([{ id, label: 'Bäckerei' }]);
    // an answer changed after completion: the snapshot takes it, the summary follows at the next read
    await saveAnswer(id, 'd2-2', 5);
    await saveAnswer(id, 'barriers', null);
    const { barriers: _, ...changed } = { ...answers, 'd2-2': 5 };
    expect((await (await storage()).getSnapshot(id))?.answers).toEqual(changed);
    const [entry] = await listPool({ kind: 'all' }, summarizer);
    expect(entry?.summary).toEqual(expected('kmu', changed, summarizer.version));
    expect((await (await storage()).getSnapshot(id))?.summary).toEqual(entry?.summary);
  });

  it('works every summary out again once when the content changes, then reads them as stored', async () => {
    const ids = [await completed(), await completed()];
    const v1 = versioned('v1');
    await listPool({ kind: 'all' }, v1);
    expect(v1.calls).toBe(2);
    await listPool({ kind: 'all' }, v1);
    expect(v1.calls).toBe(2);
    const v2 = versioned('v2');
    const pool = await listPool({ kind: 'all' }, v2);
    expect(v2.calls).toBe(2);
    expect(pool.map((e) => e.summary.version)).toEqual(['v2', 'v2']);
    for (const id of ids)
      expect((await (await storage()).getSnapshot(id))?.summary?.version).toBe('v2');
    await listPool({ kind: 'all' }, v2);
    expect(v2.calls).toBe(2);
  });

  it('tells how far the summaries being worked out have got, batch by batch', async () => {
    const db = await storage();
    const n = 450;
    await db.writeChecks(
      Array.from({ length: n }, (_, k) => ({ session: done(`c${k}`, k + 1), answers: [] })),
    );
    const seen: { done: number; total: number }[] = [];
    const pool = await listPool({ kind: 'all' }, summarizer, (p) => seen.push(p));
    expect(pool).toHaveLength(n);
    expect(seen).toEqual([
      { done: 200, total: n },
      { done: 400, total: n },
      { done: n, total: n },
    ]);
    // written back: the next read works nothing out
    const again = versioned(summarizer.version);
    seen.length = 0;
    expect(await listPool({ kind: 'all' }, again, (p) => seen.push(p))).toHaveLength(n);
    expect([again.calls, seen]).toEqual([0, []]);
  });

  it('shows the figures when the summaries cannot be written back (a full disk)', async () => {
    const id = await completed();
    const db = await storage();
    const v2 = versioned('v2');
    const full = vi
      .spyOn(db, 'putSummaries')
      .mockRejectedValue(new DOMException('', 'QuotaExceededError'));
    const [entry] = await listPool({ kind: 'all' }, v2);
    expect(entry?.summary).toEqual(expected('kmu', answers, 'v2'));
    expect(full).toHaveBeenCalled();
    // nothing was lost or half written: the stored summary is the old one, worked out again next time
    expect((await db.getSnapshot(id))?.summary?.version).toBe(summarizer.version);
    full.mockRestore();
    await listPool({ kind: 'all' }, v2);
    expect(v2.calls).toBe(2);
    expect((await db.getSnapshot(id))?.summary?.version).toBe('v2');
  });

  it('keeps a change made while the summaries were worked out', async () => {
    const id = await completed();
    const db = await storage();
    const v2 = versioned('v2');
    const write = db.putSummaries.bind(db);
    // an answer changed after the check was read, before its summary is written back
    vi.spyOn(db, 'putSummaries').mockImplementationOnce(async (snaps) => {
      await saveAnswer(id, 'd2-2', 5);
      return write(snaps);
    });
    await listPool({ kind: 'all' }, v2);
    const snap = await db.getSnapshot(id);
    expect(snap?.answers['d2-2']).toBe(5);
    expect(snap?.summary).toBeUndefined();
    const [entry] = await listPool({ kind: 'all' }, summarizer);
    expect(entry?.summary).toEqual(expected('kmu', { ...answers, 'd2-2': 5 }, summarizer.version));
  });

  it('keeps the pool pages equal to pooling the snapshots after every kind of write', async () => {
    const db = await storage();
    if (db.kind !== 'idb') return;
    const fromSnapshots = async () => {
      const raw = await openCheckDB({}, dbName);
      const snaps = await raw.getAll('snapshots');
      raw.close();
      return snaps
        .map((s) => entryOf(s.session, s.summary!))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
    };
    const pages = async () => (await storedPages()).sort((a, b) => (a.id < b.id ? -1 : 1));
    const same = async () => expect(await pages()).toEqual(await fromSnapshots());
    const a = await completed();
    await completed();
    await same();
    await setLabel(a, 'Tischlerei');
    await same();
    await db.writeChecks([{ session: done('imported', 9), answers: [] }], [], summarizer);
    await same();
    await deleteSession(a);
    await same();
    await deleteAllChecks();
    expect(await pages()).toEqual([]);
    await same();
  });

  it('removes the snapshot with its check, its event, or all checks, and nothing else', async () => {
    const event = await createEvent({
      name: 'Messe',
      date: '2026-03-01',
      instrumentId: 'kmu',
      idleSeconds: 60,
      keepPartial: false,
    });
    const [a, b, c] = [
      await completed(),
      await completed(),
      await completed({ eventId: event.id }),
    ];
    const db = await storage();
    const ids = async () => {
      const listed = (await listPool({ kind: 'all' }, summarizer)).map((e) => e.id).sort();
      // the pages were kept in step by the same transaction, not repaired by the read
      if (db.kind === 'idb') expect((await storedPages()).map((e) => e.id).sort()).toEqual(listed);
      return listed;
    };
    await deleteSession(a);
    expect(await db.getSnapshot(a)).toBeUndefined();
    expect(await ids()).toEqual([b, c].sort());
    await deleteEvent(event.id);
    expect(await db.getSnapshot(c)).toBeUndefined();
    expect(await ids()).toEqual([b]);
    await deleteAllChecks();
    expect(await db.getSnapshot(b)).toBeUndefined();
    expect(await ids()).toEqual([]);
  });

  /** The answer records stored for one check (not what getAnswers makes of a snapshot). */
  const answerRecords = async (id: string) =>
    (await storage()).seam.read(['answers'], (tx) =>
      tx.store('answers').index('by-session').getAll(id),
    );

  it('keeps a completed check as one record: its answers and their times in the snapshot alone', async () => {
    const open = await createSession(kmu);
    await saveAnswer(open.id, 'd2-1', 5);
    const id = await completed();
    const db = await storage();
    const given = await db.getAnswers(id);
    // completing it moved its answers with their times into the snapshot in the same transaction
    expect(await answerRecords(id)).toEqual([]);
    expect(await answerRecords(open.id)).toHaveLength(1);
    expect(Object.fromEntries(given.map((a) => [a.itemId, a.value]))).toEqual(answers);
    expect(given.every((a) => a.updatedAt > 0)).toBe(true);
    expect((await db.allAnswers()).map((a) => a.sessionId).sort()).toEqual(
      [open.id, ...given.map(() => id)].sort(),
    );
    // written again as it was read (an import): one record again, answers and times unchanged
    const session = (await db.getSession(id))!;
    await db.writeChecks([{ session, answers: given }], [], summarizer);
    expect(await answerRecords(id)).toEqual([]);
    expect(await db.getAnswers(id)).toEqual(given);
    expect((await db.getSnapshot(id))?.summary).toEqual(
      expected('kmu', answers, summarizer.version),
    );
  });

  it('takes an answer changed after completion into the whole snapshot, and completing again keeps it', async () => {
    const id = await completed();
    const db = await storage();
    await saveAnswer(id, 'd2-3', 4);
    await saveAnswer(id, 'barriers', null);
    expect(await answerRecords(id)).toEqual([]);
    const { barriers: _, ...changed } = { ...answers, 'd2-3': 4 };
    const given = await db.getAnswers(id);
    expect(Object.fromEntries(given.map((a) => [a.itemId, a.value]))).toEqual(changed);
    expect(given.find((a) => a.itemId === 'd2-3')!.updatedAt).toBeGreaterThanOrEqual(
      given.find((a) => a.itemId === 'd2-1')!.updatedAt,
    );
    // the stale summary is worked out again when the check is completed once more
    expect((await db.getSnapshot(id))?.summary).toBeUndefined();
    await completeSession(id, summarizer);
    expect((await db.getSnapshot(id))?.summary).toEqual(
      expected('kmu', changed, summarizer.version),
    );
    expect(await db.getAnswers(id)).toEqual(given);
  });

  it('keeps the later of two quick changes of one answer of a completed check', async () => {
    const id = await completed();
    const saved = await Promise.all([saveAnswer(id, 'd2-3', 4), saveAnswer(id, 'd2-3', 2)]);
    expect(saved).toEqual([true, true]);
    expect(await answerRecords(id)).toEqual([]);
    expect((await (await storage()).getSnapshot(id))?.answers).toEqual({ ...answers, 'd2-3': 2 });
    expect(await loadAnswers(id)).toEqual({ ...answers, 'd2-3': 2 });
  });

  it('keeps an answer changed after completion when its snapshot cannot take it, and folds it in later', async () => {
    const id = await completed();
    // the answer's own write goes through; the snapshot's (a second transaction) fails
    const inner = (await storage()).seam;
    let full = true;
    const failing: Seam = {
      kind: inner.kind,
      read: (stores, fn) => inner.read(stores, fn),
      write: (stores, fn) =>
        full && stores.includes('pool')
          ? Promise.reject(new DOMException('quota', 'QuotaExceededError'))
          : inner.write(stores, fn),
      writeNow: (stores, fn) => inner.writeNow(stores, fn),
    };
    resetConnection();
    await connect(() => Promise.resolve(failing));
    expect(await saveAnswer(id, 'd2-3', 4)).toBe(false);
    // read back as changed: from the note, and from the stored record newer than the snapshot
    expect(await loadAnswers(id)).toEqual({ ...answers, 'd2-3': 4 });
    const db = await storage();
    expect(answerMap(await db.getAnswers(id))).toEqual({ ...answers, 'd2-3': 4 });
    expect((await db.allAnswers()).filter((a) => a.sessionId === id)).toHaveLength(
      Object.keys(answers).length,
    );
    full = false;
    expect(await flushPending()).toBe(0);
    expect(await answerRecords(id)).toEqual([]);
    expect((await db.getSnapshot(id))?.answers).toEqual({ ...answers, 'd2-3': 4 });
    expect(answerMap(await db.getAnswers(id))).toEqual({ ...answers, 'd2-3': 4 });
  });

  /** Connects a seam that runs `between` after each answer's own write, before its snapshot's. */
  async function interrupted(between: (write: number) => Promise<void>) {
    const inner = (await storage()).seam;
    let writes = 0;
    const seam: Seam = {
      kind: inner.kind,
      read: (stores, fn) => inner.read(stores, fn),
      write: (stores, fn) => inner.write(stores, fn),
      writeNow: async (stores, fn) => {
        const out = await inner.writeNow(stores, fn);
        await between(++writes);
        return out;
      },
    };
    resetConnection();
    await connect(() => Promise.resolve(seam));
    return inner;
  }

  it('leaves no answer record behind for a check deleted between an answer’s two steps', async () => {
    const id = await completed();
    await interrupted(() => deleteSession(id));
    await saveAnswer(id, 'd2-3', 4);
    const db = await storage();
    expect(await db.getSession(id)).toBeUndefined();
    expect(await answerRecords(id)).toEqual([]);
    expect(await db.allAnswers()).toEqual([]);
  });

  it('takes the later of two quick changes into the snapshot even when only the earlier one’s second step runs', async () => {
    const id = await completed();
    const inner = await interrupted(async () => undefined);
    // the earlier change's second step goes through; every one after it fails (a full disk)
    let folds = 0;
    const db = await storage();
    const seam = db.seam as { write: Seam['write'] };
    seam.write = (stores, fn) =>
      stores.includes('pool') && ++folds >= 2
        ? Promise.reject(new DOMException('quota', 'QuotaExceededError'))
        : inner.write(stores, fn);
    const saved = await Promise.all([saveAnswer(id, 'd2-3', 4), saveAnswer(id, 'd2-3', 2)]);
    // both still noted (the later one's second step, and the retry, failed)
    expect(saved).toEqual([false, false]);
    expect((await db.getSnapshot(id))?.answers).toEqual({ ...answers, 'd2-3': 2 });
    expect(answerMap(await db.getAnswers(id))).toEqual({ ...answers, 'd2-3': 2 });
    // the retry wrote the later change's record again: the same answer, waiting for its second step
    expect((await answerRecords(id)).map((a) => a.value)).toEqual([2]);
  });

  it('summarises a check completed again with an answer its snapshot had not taken yet', async () => {
    const id = await completed();
    const inner = await interrupted(async () => undefined);
    const db = await storage();
    const seam = db.seam as { write: Seam['write'] };
    let full = true;
    seam.write = (stores, fn) =>
      full && stores.includes('pool')
        ? Promise.reject(new DOMException('quota', 'QuotaExceededError'))
        : inner.write(stores, fn);
    expect(await saveAnswer(id, 'd2-3', 4)).toBe(false);
    expect(await answerRecords(id)).toHaveLength(1);
    full = false;
    await completeSession(id, summarizer);
    const changed = { ...answers, 'd2-3': 4 };
    expect((await db.getSnapshot(id))?.answers).toEqual(changed);
    expect((await db.getSnapshot(id))?.summary).toEqual(
      expected('kmu', changed, summarizer.version),
    );
    expect(await answerRecords(id)).toEqual([]);
    expect(await flushPending()).toBe(0);
    expect((await db.getSnapshot(id))?.answers).toEqual(changed);
  });

  it('still reads a check whose snapshot came before whole snapshots from its answer records', async () => {
    const db = await storage();
    await db.putSession(done('old', 2));
    await db.putAnswer({ sessionId: 'old', itemId: 'd2-1', value: 1, updatedAt: 1 });
    await listPool({ kind: 'all' }, summarizer);
    expect((await db.getSnapshot('old'))?.times).toBeUndefined();
    await saveAnswer('old', 'd2-2', 3);
    expect((await db.getAnswers('old')).map((a) => [a.itemId, a.value])).toEqual([
      ['d2-1', 1],
      ['d2-2', 3],
    ]);
    expect((await db.getSnapshot('old'))?.answers).toEqual({ 'd2-1': 1, 'd2-2': 3 });
  });

  it('builds the snapshot of a completed check written without one', async () => {
    const db = await storage();
    await db.putSession(done('old', 2));
    await db.putAnswer({ sessionId: 'old', itemId: 'd2-1', value: 1, updatedAt: 1 });
    const [entry] = await listPool({ kind: 'all' }, summarizer);
    expect(entry).toMatchObject({ id: 'old', completedAt: 2 });
    expect(entry?.summary).toEqual(expected('kmu', { 'd2-1': 1 }, summarizer.version));
    expect((await db.getSnapshot('old'))?.answers).toEqual({ 'd2-1': 1 });
  });
});

describe('migration from version 2', () => {
  it('builds a snapshot for every completed check and none for a running one', async () => {
    const name = `v2-${crypto.randomUUID()}`;
    const at = { createdAt: 1, updatedAt: 5, position: 0 };
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, 2);
      req.onupgradeneeded = () => {
        const db = req.result;
        const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
        sessions.createIndex('by-updated', 'updatedAt');
        sessions.createIndex('by-event', 'eventId');
        db.createObjectStore('answers', { keyPath: ['sessionId', 'itemId'] }).createIndex(
          'by-session',
          'sessionId',
        );
        db.createObjectStore('settings');
        db.createObjectStore('events', { keyPath: 'id' });
        sessions.put({ id: 'done', ...kmu, ...at, completedAt: 5, label: 'Tischlerei' });
        sessions.put({ id: 'short', ...kmu, instrumentId: 'kmu-kurz', ...at, completedAt: 6 });
        sessions.put({ id: 'running', ...kmu, ...at });
        const put = (sessionId: string, itemId: string, value: unknown) =>
          req.transaction!.objectStore('answers').put({ sessionId, itemId, value, updatedAt: 1 });
        for (const [item, value] of Object.entries(answers)) put('done', item, value);
        put('short', 'd2-1', 5);
        put('running', 'd2-1', 3);
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const db = await openCheckDB({}, name);
    expect((await db.getAll('snapshots')).map((s) => [s.id, s.answers])).toEqual([
      ['done', answers],
      ['short', { 'd2-1': 5 }],
    ]);
    expect(await db.getAllFromIndex('answers', 'by-session', 'running')).toHaveLength(1);
    db.close();
    resetConnection();
    await connect(() => IdbSeam.open({}, name));
    const pool = await listPool({ kind: 'all' }, summarizer);
    expect(Object.fromEntries(pool.map((e) => [e.id, e.summary]))).toEqual({
      done: expected('kmu', answers, summarizer.version),
      short: expected('kmu-kurz', { 'd2-1': 5 }, summarizer.version),
    });
    expect(pool.find((e) => e.id === 'done')).toMatchObject({ label: 'Tischlerei' });
  });
});

describe('the memory fallback', () => {
  it('writes an import whole or not at all', async () => {
    const memory = backendOn(new MemorySeam());
    const good = done('a', 1);
    const bad = { ...good, id: 'b', label: (() => 'x') as unknown as string };
    await expect(
      memory.writeChecks(
        [
          { session: good, answers: [] },
          { session: bad, answers: [] },
        ],
        [],
        summarizer,
      ),
    ).rejects.toThrow();
    expect(await memory.listSessions()).toEqual([]);
    expect(await memory.readPool(summarizer.version)).toEqual({ entries: [], stale: [] });
  });
});
