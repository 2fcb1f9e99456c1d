import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarizer } from '../features/summary';
import { beforeEach, describe, expect, it } from 'vitest';
import { backendOn, type Backend } from './backend';
import { LAYOUT, openCheckDB, STORES } from './db';
import { between, type Seam } from './seam';
import { IdbSeam } from './seam-idb';
import { compareKeys, MemorySeam } from './seam-memory';
import type { AnswerRecord, SessionRecord } from './types';

const session = (id: string, completedAt?: number): SessionRecord => ({
  id,
  instrumentId: 'kmu',
  instrumentVersion: 1,
  role: 'kmu',
  createdAt: 1,
  updatedAt: 2,
  position: 0,
  ...(completedAt !== undefined && { completedAt }),
});
const answer = (sessionId: string, itemId: string, value: number): AnswerRecord => ({
  sessionId,
  itemId,
  value,
  updatedAt: 3,
});

const seams: [string, () => Promise<Seam>][] = [
  ['IndexedDB', () => IdbSeam.open({}, `seam-${crypto.randomUUID()}`)],
  ['memory', async () => new MemorySeam()],
];

describe.each(seams)('the storage seam (%s)', (_, open) => {
  let seam: Seam;
  let db: Backend;
  beforeEach(async () => {
    seam = await open();
    db = backendOn(seam);
  });

  it('keeps nothing of a write whose callback throws, after puts, deletes and a clear', async () => {
    await db.putSetting('kept', 1);
    await db.putSession(session('a'));
    await expect(
      seam.write(['sessions', 'settings'], async (tx) => {
        await tx.store('sessions').put(session('b'));
        await tx.store('sessions').delete('a');
        await tx.store('settings').clear();
        throw new Error('midway');
      }),
    ).rejects.toThrow('midway');
    expect((await db.listSessions()).map((s) => s.id)).toEqual(['a']);
    expect(await db.getSetting('kept')).toBe(1);
  });

  it('writes many checks whole or not at all when one in the middle cannot be stored', async () => {
    const checks = Array.from({ length: 300 }, (_, i) => {
      const id = `c${String(i).padStart(3, '0')}`;
      return { session: session(id, 10), answers: [answer(id, 'd1-1', 4), answer(id, 'd1-2', 2)] };
    });
    await db.writeChecks(checks.slice(0, 2), [], summarizer);
    const before = await Promise.all([
      db.listSessions(),
      db.allAnswers(),
      db.readPool(summarizer.version),
    ]);
    // a function cannot be stored: the 150th check fails, after 149 were written in the transaction
    const bad = { ...checks[150]!.session, label: (() => 'x') as unknown as string };
    const broken = checks.map((c, i) => (i === 150 ? { ...c, session: bad } : c));
    broken[0] = { ...checks[0]!, answers: [answer('c000', 'd1-1', 1)] };
    await expect(db.writeChecks(broken, [], summarizer)).rejects.toThrow();
    expect(
      await Promise.all([db.listSessions(), db.allAnswers(), db.readPool(summarizer.version)]),
    ).toEqual(before);
    await db.writeChecks(checks, [], summarizer);
    expect(await db.listSessions()).toHaveLength(300);
    expect((await db.readPool(summarizer.version)).entries).toHaveLength(300);
  });

  it('keeps nothing of a deleted event when writing its checks fails', async () => {
    await db.putEvent({
      id: 'e',
      name: 'Messe',
      date: '2026-10-30',
      instrumentId: 'kmu',
      idleSeconds: 60,
      keepPartial: false,
      createdAt: 1,
      updatedAt: 1,
    });
    await db.writeChecks([{ session: { ...session('x', 5), eventId: 'e' }, answers: [] }]);
    await expect(
      seam.write(['events', 'sessions'], async (tx) => {
        await tx.store('events').delete('e');
        await tx.store('sessions').delete('x');
        await tx.store('sessions').put({} as SessionRecord);
      }),
    ).rejects.toThrow();
    expect(await db.getEvent('e')).toMatchObject({ name: 'Messe' });
    expect(await db.getSession('x')).toMatchObject({ eventId: 'e' });
  });

  it('finds a file’s checks and the copies made of them, looked up or read in one pass', async () => {
    const stored = Array.from({ length: 40 }, (_, i) => session(`s${String(i).padStart(2, '0')}`));
    await db.writeChecks([
      ...stored.map((s) => ({ session: s, answers: [] })),
      { session: { ...session('copy-a'), copyOf: 's03' }, answers: [] },
      { session: { ...session('copy-b'), copyOf: 'gone' }, answers: [] },
    ]);
    const ids = async (asked: string[]) =>
      (await db.sessionsMatching(asked)).map((s) => s.id).sort();
    // a few ids against 42 stored: by key and by the copies' index
    expect(await ids(['s03', 'gone', 'new'])).toEqual(['copy-a', 'copy-b', 's03']);
    // as many as a tenth of the stored or more: one pass, the same answer
    expect(await ids(['s03', 'gone', 'new', 's07', 'x1'])).toEqual([
      'copy-a',
      'copy-b',
      's03',
      's07',
    ]);
    expect(await ids([])).toEqual([]);
  });

  it('reads by key, key range and index in IndexedDB’s order', async () => {
    await db.writeChecks([
      { session: session('ab'), answers: [answer('ab', 'x', 1)] },
      { session: session('a', 7), answers: [] },
    ]);
    // a completed check keeps its answers in its snapshot; the key range is read on records
    await seam.write(['answers'], async (tx) => {
      await tx.store('answers').put(answer('a', 'z', 3));
      await tx.store('answers').put(answer('a', 'y', 2));
    });
    const answers = await seam.read(['answers'], (tx) =>
      tx.store('answers').getAll(between<[string, string]>(['a', ''], ['a', '\uffff'])),
    );
    expect(answers.map((a) => a.itemId)).toEqual(['y', 'z']);
    expect(await seam.read(['sessions'], (tx) => tx.store('sessions').getAllKeys())).toEqual([
      'a',
      'ab',
    ]);
    // a check not completed is in no by-completed entry
    const done = await seam.read(['sessions'], (tx) =>
      tx.store('sessions').index('by-completed').getAllKeys(),
    );
    expect(done).toEqual(['a']);
    expect(await db.getAnswers('ab')).toEqual([answer('ab', 'x', 1)]);
  });

  it('hands out copies: changing what was read or written changes nothing stored', async () => {
    const s = session('a');
    await db.putSession(s);
    s.label = 'changed after writing';
    const read = await db.getSession('a');
    read!.position = 9;
    expect(await db.getSession('a')).toEqual(session('a'));
  });

  it('runs writes one after the other, none losing the other’s change', async () => {
    await db.putSession(session('a'));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.updateSession('a', (s) => ({ ...s, position: s.position + 1, updatedAt: i })),
      ),
    );
    expect((await db.getSession('a'))?.position).toBe(20);
  });

  it('commits a write made at once, with what its callback gave back', async () => {
    await db.putSession(session('a'));
    const found = await seam.writeNow(['answers', 'sessions'], async (tx) => {
      const [, keys] = await Promise.all([
        tx.store('answers').put(answer('a', 'q1', 4)),
        tx.store('sessions').getAllKeys('a'),
      ]);
      return keys;
    });
    expect(found).toEqual(['a']);
    expect(await db.getAnswers('a')).toEqual([answer('a', 'q1', 4)]);
    // it queues behind the writes before it, as any write does
    const order: string[] = [];
    await Promise.all([
      seam.write(['sessions'], async (tx) => {
        await tx.store('sessions').put(session('b'));
        order.push('write');
      }),
      seam.writeNow(['sessions'], (tx) =>
        tx
          .store('sessions')
          .get('b')
          .then((s) => order.push(s!.id)),
      ),
    ]);
    expect(order).toEqual(['write', 'b']);
  });

  it('refuses a request a write made at once asks for after waiting, and does not run it again', async () => {
    let runs = 0;
    await expect(
      seam.writeNow(['answers'], async (tx) => {
        runs++;
        await tx.store('answers').put(answer('a', 'q1', 4));
        await tx.store('answers').put(answer('a', 'q2', 5));
      }),
    ).rejects.toThrow();
    expect((await db.getAnswers('a')).map((a) => a.itemId)).not.toContain('q2');
    // not taken for a connection the browser closed: what it asked first may be committed
    expect(runs).toBe(1);
  });
});

describe('the memory seam', () => {
  it('orders keys as IndexedDB does', () => {
    const keys = [['a', []], 'b', 2, ['a', 'z'], 'a', 1, ['a'], []] as never[];
    const ours = [...keys].sort(compareKeys);
    const theirs = [...keys].sort((a, b) => indexedDB.cmp(a, b));
    expect(ours).toEqual(theirs);
  });

  it('knows every store and index where the migrations put them', async () => {
    const idb = await openCheckDB({}, `layout-${crypto.randomUUID()}`);
    const tx = idb.transaction(STORES);
    for (const name of STORES) {
      const store = tx.objectStore(name);
      const { keyPath, indexes = {} } = LAYOUT[name];
      expect(store.keyPath ?? undefined, name).toEqual(keyPath);
      const made = Object.fromEntries(
        [...store.indexNames].map((i) => [i, store.index(i).keyPath]),
      );
      expect(made, name).toEqual(indexes);
    }
    idb.close();
  });
});

describe('src/storage', () => {
  it('has no import circle', () => {
    const root = dirname(fileURLToPath(import.meta.url));
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? files(join(dir, e.name))
          : /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name)
            ? [join(dir, e.name)]
            : [],
      );
    const graph = new Map<string, string[]>();
    for (const f of files(root)) {
      const deps = [...readFileSync(f, 'utf8').matchAll(/from '(\.[^']+)'/g)]
        .map((m) => resolve(dirname(f), m[1]!) + '.ts')
        .filter((d) => d.startsWith(root));
      graph.set(f, deps);
    }
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        circles.push(
          [...path.slice(path.indexOf(f)), f].map((p) => p.slice(root.length)).join(' → '),
        );
        return;
      }
      state.set(f, 'open');
      for (const d of graph.get(f) ?? []) visit(d, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(circles).toEqual([]);
  });
});
