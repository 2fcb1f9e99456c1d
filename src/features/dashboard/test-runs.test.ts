import { beforeEach, describe, expect, it } from 'vitest';
import { getInstrument } from '../../content/instruments';
import { summarizer } from '../summary';
import { IdbSeam } from '../../storage/seam-idb';
import { applyImport, buildExport, previewImport } from '../../storage/backup/backup';
import { connect, resetConnection } from '../../storage/connection';
import { listEvents } from '../../storage/events';
import { setTestRun } from '../../storage/sessions';
import type { EventRecord, ExportFile, ExportedSession } from '../../storage/types';
import { kmuPersonas } from '../../../test/personas/kmu';
import { programmeOf } from '../programme/use-programme';
import { encodeHandover } from '../../domain/handover';
import { collectCode } from '../handover/collect';
import { withTestRuns } from './test-runs';
import { loadKnownChecks, poolFirms } from './use-pool';

const at = Date.UTC(2026, 2, 1);
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const kmu = getInstrument('kmu')!;
const trial: EventRecord = {
  id: id(900),
  name: 'Schulung',
  date: '2026-03-01',
  instrumentId: 'kmu',
  idleSeconds: 60,
  keepPartial: false,
  contact: { network: 'Netzwerk Nord', person: 'Alex' },
  createdAt: at,
  updatedAt: at,
  testRun: true,
};

/** A persona's completed KMU-Check as an export file carries it. */
const check = (n: number, more: Partial<ExportedSession> = {}): ExportedSession => ({
  id: id(n),
  instrumentId: 'kmu',
  instrumentVersion: kmu.version,
  role: 'kmu',
  createdAt: at + n,
  updatedAt: at + n,
  completedAt: at + n,
  position: 0,
  answers: Object.fromEntries(
    Object.entries(kmuPersonas[n % kmuPersonas.length]!.answers).map(([k, value]) => [
      k,
      { value, updatedAt: at },
    ]),
  ),
  ...more,
});

// six firms' real checks, a trainer's own Testlauf, and a check at a Testlauf event
const real = [0, 1, 2, 3, 4, 5].map((n) => check(n));
const file: ExportFile = {
  format: 'netzwerk-check',
  version: 3,
  exportedAt: new Date(at).toISOString(),
  sessions: [...real, check(6, { testRun: true }), check(7, { eventId: trial.id })],
  events: [trial],
};

const device = () => {
  resetConnection();
  return connect(() => IdbSeam.open({}, `test-runs-${crypto.randomUUID()}`));
};

/** What the dashboard and the Programm view pool now, with or without the Testläufe. */
async function pooled(include: boolean) {
  const loaded = { ...(await loadKnownChecks()), events: await listEvents() };
  const { stored, count } = withTestRuns(loaded, include);
  return {
    count,
    dashboard: poolFirms(stored.checks, 'all', 3).pool,
    programme: programmeOf(stored, 3).overall.pool,
  };
}

describe('Testläufe', () => {
  beforeEach(device);

  it('do not change the dashboard’s or the programme’s counts, and do when asked', async () => {
    await applyImport(await previewImport({ ...file, sessions: real, events: [] }), summarizer);
    const without = await pooled(false);
    await device();
    await applyImport(await previewImport(file), summarizer);
    const left = await pooled(false);
    expect(left.count).toBe(2);
    // the same figures as if the Testläufe were never there
    expect(left.dashboard).toEqual(without.dashboard);
    expect(left.programme).toEqual(without.programme);
    const asked = await pooled(true);
    expect(asked.dashboard.n).toBe(8);
    expect(asked.programme.n).toBe(8);
    expect(asked.dashboard).not.toEqual(without.dashboard);
  });

  it('a check marked in Meine Checks leaves the pool (read back from the stored pages), and returns when unmarked', async () => {
    await applyImport(await previewImport({ ...file, sessions: real, events: [] }), summarizer);
    expect((await pooled(false)).dashboard.n).toBe(6);
    await setTestRun(real[0]!.id, true);
    expect((await pooled(false)).dashboard.n).toBe(5);
    expect((await pooled(true)).dashboard.n).toBe(6);
    await setTestRun(real[0]!.id, false);
    expect((await pooled(false)).dashboard.n).toBe(6);
  });

  it('keep their flag through export, import and merge', async () => {
    await applyImport(await previewImport(file), summarizer);
    const out = await buildExport();
    expect(out.sessions.filter((s) => s.testRun).map((s) => s.id)).toEqual([id(6)]);
    expect(out.events[0]?.testRun).toBe(true);
    await device();
    await applyImport(await previewImport(out), summarizer);
    expect((await pooled(false)).count).toBe(2);
    // marked later on another device: the newer version wins, the older stays as an uncounted copy
    const marked = {
      ...out,
      sessions: [{ ...out.sessions[0]!, testRun: true, updatedAt: at + 99 }],
    };
    const plan = await previewImport(marked);
    expect(plan.conflicts).toHaveLength(1);
    await applyImport(plan, summarizer);
    const after = await pooled(false);
    expect(after.count).toBe(3);
    expect(after.dashboard.n).toBe(5);
  });

  it('a check handed over by QR code at a Testlauf event is a Testlauf', async () => {
    await applyImport(await previewImport({ ...file, sessions: real }), summarizer);
    const { answers, ...one } = check(8);
    const code = encodeHandover(
      {
        ...one,
        completedAt: at,
        answers: Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.value])),
      },
      kmu,
    );
    expect(await collectCode(code, trial.id)).toEqual({ status: 'stored', id: id(8) });
    const now = await pooled(false);
    expect([now.count, now.dashboard.n]).toEqual([1, 6]);
    expect((await pooled(true)).dashboard.n).toBe(7);
  });
});
