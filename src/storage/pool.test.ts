import { beforeEach, describe, expect, it } from 'vitest';
import { summarizer } from '../features/summary';
import { IdbSeam } from './seam-idb';
import { connect, resetConnection, storage } from './connection';
import { PAGE_FORMAT, type PoolPage } from './pages';
import { listPool } from './pool';
import type { SessionRecord } from './types';

const session = (id: string, extra: Partial<SessionRecord> = {}): SessionRecord => ({
  id,
  instrumentId: 'kmu-kurz',
  instrumentVersion: 1,
  role: 'kmu',
  createdAt: 1,
  updatedAt: 1,
  completedAt: 2,
  position: 0,
  ...extra,
});

describe('the checks a dashboard pools', () => {
  beforeEach(() => {
    resetConnection();
    return connect(() => IdbSeam.open({}, `pool-${crypto.randomUUID()}`));
  });

  it('counts a check once even when an import kept a second version as a copy', async () => {
    const db = await storage();
    await db.writeChecks(
      [
        { session: session('a', { eventId: 'e' }), answers: [] },
        { session: session('a-copy', { copyOf: 'a' }), answers: [] },
        { session: session('b-copy', { copyOf: 'b' }), answers: [] },
        { session: session('open', { completedAt: undefined }), answers: [] },
      ],
      [],
      summarizer,
    );
    const ids = async (scope: Parameters<typeof listPool>[0]) =>
      (await listPool(scope, summarizer)).map((c) => c.id).sort();
    // the copy of a check that is not here is the only version there is: it counts
    expect(await ids({ kind: 'all' })).toEqual(['a', 'b-copy']);
    expect(await ids({ kind: 'event', id: 'e' })).toEqual(['a']);
    expect(await ids({ kind: 'none' })).toEqual(['b-copy']);
  });

  it('gives each check its own summary', async () => {
    const db = await storage();
    const answer = (sessionId: string, value: number) => ({
      sessionId,
      itemId: 'd2-1',
      value,
      updatedAt: 1,
    });
    await db.writeChecks(
      [
        { session: session('x'), answers: [answer('x', 5)] },
        { session: session('y'), answers: [answer('y', 1)] },
      ],
      [],
      summarizer,
    );
    const byId = Object.fromEntries(
      (await listPool({ kind: 'all' }, summarizer)).map((c) => [c.id, c.summary.twins]),
    );
    expect(byId).toEqual({ x: { 'd2-1': 100 }, y: { 'd2-1': 0 } });
  });

  it('rebuilds pages of the format before origin networks, so each check keeps its network', async () => {
    resetConnection();
    const seam = await IdbSeam.open({}, `pool-${crypto.randomUUID()}`);
    await connect(async () => seam);
    const db = await storage();
    const origin = (network?: string) => ({
      device: '0000000a-0000-4000-8000-000000000000',
      via: 'here' as const,
      ...(network && { network }),
    });
    await db.writeChecks(
      [
        { session: session('nord', { origin: origin('Netzwerk Nord') }), answers: [] },
        { session: session('none', { origin: origin() }), answers: [] },
        { session: session('old'), answers: [] },
      ],
      [],
      summarizer,
    );
    // the pages as the app before this format left them
    await seam.write(['pool'], async (tx) => {
      const pool = tx.store('pool');
      for (const p of (await pool.getAll()) as PoolPage[])
        await pool.put({ ...p, format: PAGE_FORMAT - 1 });
    });
    const networks = async () =>
      Object.fromEntries(
        (await listPool({ kind: 'all' }, summarizer)).map((c) => [c.id, c.originNetwork]),
      );
    expect(await networks()).toEqual({ nord: 'Netzwerk Nord', none: undefined, old: undefined });
    // rebuilt once: the stored pages are of the current format and read the same
    const formats = await seam.read(['pool'], async (tx) =>
      ((await tx.store('pool').getAll()) as PoolPage[]).map((p) => p.format),
    );
    expect(new Set(formats)).toEqual(new Set([PAGE_FORMAT]));
    expect(await networks()).toEqual({ nord: 'Netzwerk Nord', none: undefined, old: undefined });
  });
});
