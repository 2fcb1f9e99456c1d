import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getStorageStatus, setStorageStatus } from './status';
import { flushWrites, replayWrites, writeAhead } from './write-ahead';

/** A write that waits until the test lets it commit (or fail). */
function deferred() {
  const calls: { entry: string; done: () => void; fail: () => void }[] = [];
  const apply = (entry: string) =>
    new Promise<void>((done, reject) =>
      calls.push({
        entry,
        done,
        fail: () => reject(new DOMException('quota', 'QuotaExceededError')),
      }),
    );
  return { calls, apply };
}

const notes = () =>
  Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!).filter((k) =>
    k.startsWith('netzwerk-check.wa.'),
  );
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  localStorage.clear();
  setStorageStatus({ unsaved: 0, problem: undefined });
});

describe('writeAhead', () => {
  it('replays what an earlier page noted, once, oldest change first, the newest of each key', async () => {
    const before = writeAhead<string>('t-order', () => new Promise(() => {}));
    before.note('a', 'a1');
    before.note('b', 'b1');
    before.note('a', 'a2');
    before.note('c', 'c1');
    // the next start: the same kind registered afresh, memory empty
    const written: string[] = [];
    const after = writeAhead<string>('t-order', async (e) => void written.push(e));
    expect([...after.waiting().values()].sort()).toEqual(['a2', 'b1', 'c1']);
    expect(await replayWrites()).toBe(3);
    expect(written).toEqual(['b1', 'a2', 'c1']);
    expect(notes()).toEqual([]);
    expect(await replayWrites()).toBe(0);
  });

  it('a change written twice: the note stays until the newer write has committed, writes in order', async () => {
    const { calls, apply } = deferred();
    const w = writeAhead<string>('t-twice', apply);
    const first = w.save('k', 'v1');
    const second = w.save('k', 'v2');
    expect(calls.map((c) => c.entry)).toEqual(['v1', 'v2']);
    calls[0]!.done();
    expect(await first).toBe(true);
    expect(notes()).toHaveLength(1);
    expect(w.waiting().get('k')).toBe('v2');
    calls[1]!.done();
    expect(await second).toBe(true);
    expect(notes()).toEqual([]);
    expect(w.waiting().size).toBe(0);
  });

  it('keeps a failed write noted and in memory, says so, retries it, and the next start replays it', async () => {
    const { calls, apply } = deferred();
    const w = writeAhead<string>('t-fail', apply);
    const saving = w.save('k', 'v1');
    calls[0]!.fail();
    expect(await saving).toBe(false);
    expect(getStorageStatus()).toMatchObject({ problem: 'write-failed', unsaved: 1 });
    expect(w.waiting().get('k')).toBe('v1');
    expect(notes()).toHaveLength(1);
    // a retry that fails again keeps it
    const retry = flushWrites();
    calls[1]!.fail();
    expect(await retry).toBe(1);
    expect(notes()).toHaveLength(1);
    // the page closes; the next start writes it
    const written: string[] = [];
    writeAhead<string>('t-fail', async (e) => void written.push(e));
    expect(await replayWrites()).toBe(1);
    expect(written).toEqual(['v1']);
    expect(notes()).toEqual([]);
    expect(getStorageStatus().unsaved).toBe(0);
    expect(getStorageStatus().problem).toBeUndefined();
  });

  it('retries a failed write by itself a little later', async () => {
    vi.useFakeTimers();
    let full = true;
    const written: string[] = [];
    const w = writeAhead<string>('t-retry', async (e) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      written.push(e);
    });
    expect(await w.save('k', 'v1')).toBe(false);
    full = false;
    await vi.advanceTimersByTimeAsync(3000);
    expect(written).toEqual(['v1']);
    expect(getStorageStatus().unsaved).toBe(0);
    expect(notes()).toEqual([]);
    vi.useRealTimers();
  });

  describe('with localStorage full', () => {
    afterEach(() => vi.restoreAllMocks());

    it('still writes the change, and keeps it in memory until IndexedDB has it', async () => {
      vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
        throw new DOMException('full', 'QuotaExceededError');
      });
      const { calls, apply } = deferred();
      const w = writeAhead<string>('t-full', apply);
      const saving = w.save('k', 'v1');
      expect(w.waiting().get('k')).toBe('v1');
      calls[0]!.fail();
      expect(await saving).toBe(false);
      expect(w.waiting().get('k')).toBe('v1');
      const retry = flushWrites();
      await tick();
      calls[1]!.done();
      expect(await retry).toBe(0);
      expect(w.waiting().size).toBe(0);
      expect(notes()).toEqual([]);
    });
  });

  it('forgets what a deleted check noted, so nothing of it is written', async () => {
    const written: string[] = [];
    const before = writeAhead<{ id: string }>('t-forget', () => new Promise(() => {}));
    before.note('a', { id: 'a' });
    before.note('b', { id: 'b' });
    const after = writeAhead<{ id: string }>('t-forget', async (e) => void written.push(e.id));
    after.forget((e) => e.id === 'a');
    expect(await replayWrites()).toBe(1);
    expect(written).toEqual(['b']);
  });
});
