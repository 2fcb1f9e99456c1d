import { beforeEach, describe, expect, it } from 'vitest';
import { IdbBackend } from './backend-idb';
import { connect, resetConnection, storage } from './connection';
import { loadChecks } from './pool';
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
    return connect(() => IdbBackend.open({}, `pool-${crypto.randomUUID()}`));
  });

  it('counts a check once even when an import kept a second version as a copy', async () => {
    const db = await storage();
    await db.writeChecks([
      { session: session('a', { eventId: 'e' }), answers: [] },
      { session: session('a-copy', { copyOf: 'a' }), answers: [] },
      { session: session('b-copy', { copyOf: 'b' }), answers: [] },
      { session: session('open', { completedAt: undefined }), answers: [] },
    ]);
    const ids = (await loadChecks({ kind: 'all' })).map((c) => c.session.id).sort();
    // the copy of a check that is not here is the only version there is: it counts
    expect(ids).toEqual(['a', 'b-copy']);
    expect((await loadChecks({ kind: 'event', id: 'e' })).map((c) => c.session.id)).toEqual(['a']);
    expect((await loadChecks({ kind: 'none' })).map((c) => c.session.id)).toEqual(['b-copy']);
  });

  it('gives each check its own answers', async () => {
    const db = await storage();
    await db.writeChecks([
      {
        session: session('x'),
        answers: [{ sessionId: 'x', itemId: 'd2-1', value: 4, updatedAt: 1 }],
      },
      {
        session: session('y'),
        answers: [{ sessionId: 'y', itemId: 'd2-1', value: 1, updatedAt: 1 }],
      },
    ]);
    const byId = Object.fromEntries(
      (await loadChecks({ kind: 'all' })).map((c) => [c.session.id, c.answers]),
    );
    expect(byId).toEqual({ x: { 'd2-1': 4 }, y: { 'd2-1': 1 } });
  });
});
