import { beforeEach, describe, expect, it } from 'vitest';
import { summarizer } from '../features/summary';
import { saveAnswer } from './answers';
import { dumpChecks } from './backup/backup';
import { connect, resetConnection, storage } from './connection';
import { checkParts } from './read-parts';
import { IdbSeam } from './seam-idb';
import { MemorySeam } from './seam-memory';
import { completeSession, createSession, deleteSession, setLabel } from './sessions';
import type { Seam } from './seam';

const kmu = { instrumentId: 'kmu', instrumentVersion: 1, role: 'kmu' as const };

async function check(answers: Record<string, number | string>, complete: boolean) {
  const s = await createSession(kmu);
  for (const [item, value] of Object.entries(answers)) await saveAnswer(s.id, item, value);
  if (complete) await completeSession(s.id, summarizer);
  return s.id;
}

/** Every check with its answer values as the answer records have them: what the parts must equal. */
async function fromRecords() {
  const all = await dumpChecks();
  return [...all.values()]
    .map(({ answers, ...session }) => ({
      session,
      answers: Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.value])),
    }))
    .sort((a, b) => (a.session.id < b.session.id ? -1 : 1));
}

const backends: [string, () => Promise<Seam>][] = [
  ['IndexedDB', () => IdbSeam.open({}, `parts-${crypto.randomUUID()}`)],
  ['memory', async () => new MemorySeam()],
];

describe.each(backends)('every check part by part (%s)', (_, open) => {
  beforeEach(async () => {
    resetConnection();
    await connect(open);
  });

  it('gives each check once, as its answer records have it, in parts of the given size', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(await check({ 'd2-1': (i % 5) + 1, 'p-member': 'no' }, true));
    const running = await check({ 'd2-2': 3 }, false);
    await check({}, false);
    // changed after completion: the snapshot must carry the change
    await setLabel(ids[0]!, 'Bäckerei');
    await saveAnswer(ids[1]!, 'd2-1', 4);
    await saveAnswer(ids[1]!, 'p-member', null);
    await deleteSession(ids[2]!);

    const parts: { session: { id: string }; answers: unknown }[][] = [];
    for await (const part of checkParts(2)) parts.push(part);
    expect(parts.map((p) => p.length)).toEqual([2, 2, 2]);
    const flat = parts.flat().sort((a, b) => (a.session.id < b.session.id ? -1 : 1));
    expect(flat).toEqual(await fromRecords());
    expect(flat.map((c) => c.session.id)).toContain(running);
    expect(flat.map((c) => c.session.id)).not.toContain(ids[2]);
    expect(flat.find((c) => c.session.id === ids[0])?.session).toMatchObject({ label: 'Bäckerei' });
  });

  it('reads completed checks from their snapshots, not from each answer record', async () => {
    await check({ 'd2-1': 2 }, true);
    const db = await storage();
    let answerReads = 0;
    const getAnswers = db.getAnswers;
    db.getAnswers = (id) => (answerReads++, getAnswers(id));
    try {
      const parts = [];
      for await (const part of checkParts()) parts.push(...part);
      expect(parts).toHaveLength(1);
      expect(answerReads).toBe(0);
    } finally {
      db.getAnswers = getAnswers;
    }
  });

  it('gives nothing when no check is stored', async () => {
    const parts = [];
    for await (const part of checkParts()) parts.push(part);
    expect(parts).toEqual([]);
  });
});
