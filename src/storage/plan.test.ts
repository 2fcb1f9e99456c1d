import { summarizer } from '../features/summary';
import { beforeEach, describe, expect, it } from 'vitest';
import { IdbSeam } from './seam-idb';
import { connect, resetConnection } from './connection';
import { saveAnswer } from './answers';
import {
  completeSession,
  createSession,
  getSession,
  deleteSession,
  planChange,
  planWrites,
  planWaiting,
  setPlanEntry,
} from './sessions';
import {
  applyImport,
  buildExport,
  deleteAllChecks,
  dumpChecks,
  previewImport,
} from './backup/backup';
import { makeI18n } from '../app/i18n';
import { importMessage } from '../features/data/import-message';
import { toCsv } from '../features/export/csv';
import { validateExport, type KnownItems } from './backup/validate';

const { tx } = makeI18n('de', () => {});

const known: KnownItems = (id, v) => (id === 'kmu' && v === 1 ? new Set(['d1-1']) : undefined);
const kmu = { instrumentId: 'kmu', instrumentVersion: 1, role: 'kmu' as const };
const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
const step = { who: 'Frau Kaya', due: '2026-03-31', note: 'Beim Stammtisch nachfragen.' };

beforeEach(() => {
  resetConnection();
  localStorage.clear();
  return connect(() => IdbSeam.open({}, `plan-${crypto.randomUUID()}`));
});

async function plannedCheck() {
  const s = await createSession(kmu, 1000);
  await saveAnswer(s.id, 'd1-1', 2, 1001);
  await completeSession(s.id, summarizer, 1100);
  await setPlanEntry(s.id, 'kmu-ask-chamber', step, 2000);
  await setPlanEntry(s.id, 'kmu-short-formats', { who: 'Herr Braun', due: '', note: '' }, 2001);
  return s.id;
}

describe('the action plan is stored with the check', () => {
  it('sets, changes and clears one step at a time, and the check counts as changed', async () => {
    const id = await plannedCheck();
    expect((await getSession(id))?.plan).toEqual([
      { recommendationId: 'kmu-ask-chamber', ...step, updatedAt: 2000 },
      {
        recommendationId: 'kmu-short-formats',
        who: 'Herr Braun',
        due: '',
        note: '',
        updatedAt: 2001,
      },
    ]);
    await setPlanEntry(id, 'kmu-ask-chamber', { ...step, who: 'Herr Yılmaz' }, 3000);
    const changed = await getSession(id);
    expect(changed?.plan?.find((p) => p.recommendationId === 'kmu-ask-chamber')?.who).toBe(
      'Herr Yılmaz',
    );
    expect(changed?.plan).toHaveLength(2);
    expect(changed?.updatedAt).toBe(3000);
    await setPlanEntry(id, 'kmu-ask-chamber', null, 4000);
    await setPlanEntry(id, 'kmu-short-formats', null, 4001);
    const cleared = await getSession(id);
    expect(cleared?.plan).toBeUndefined();
    expect(cleared?.completedAt).toBe(1100);
  });

  it('stores only who, by when and the note, whatever else the caller passes', async () => {
    const s = await createSession(kmu);
    const extra = { ...step, recommendationId: 'other', html: '<b>' } as typeof step;
    await setPlanEntry(s.id, 'kmu-ask-chamber', extra, 5);
    expect((await getSession(s.id))?.plan).toEqual([
      { recommendationId: 'kmu-ask-chamber', ...step, updatedAt: 5 },
    ]);
  });

  it('keeps the noted plan steps per check and step, the newest of each', () => {
    planWrites.note(...planChange('a', 'r1', step, 1));
    planWrites.note(...planChange('b', 'r2', step, 2));
    planWrites.note(...planChange('a', 'r1', { ...step, who: 'Herr Braun' }, 3));
    planWrites.note(...planChange('a', 'r3', null, 4));
    expect(planWaiting('a')).toEqual(
      new Map([
        ['r1', { ...step, who: 'Herr Braun' }],
        ['r3', null],
      ]),
    );
    expect(planWaiting('b')).toEqual(new Map([['r2', step]]));
  });

  it('deleting a check (or all checks) leaves no noted plan or answer with names behind', async () => {
    const a = await createSession(kmu);
    const b = await createSession(kmu);
    planWrites.note(...planChange(a.id, 'r1', step));
    planWrites.note(...planChange(b.id, 'r2', step));
    await deleteSession(a.id);
    expect(planWaiting(a.id).size).toBe(0);
    expect(planWaiting(b.id)).toEqual(new Map([['r2', step]]));
    await deleteAllChecks();
    expect(planWaiting(b.id).size).toBe(0);
    expect(localStorage.length).toBe(0);
  });
});

describe('export and import keep the action plan', () => {
  it('round trip: the imported check has the same plan', async () => {
    const id = await plannedCheck();
    const before = (await dumpChecks()).get(id);
    const file = await buildExport([id], 9000);
    await deleteAllChecks();
    const r = validateExport(bytes(file), known);
    if (!('file' in r)) throw new Error(JSON.stringify(r.problem));
    expect(await applyImport(await previewImport(r.file), summarizer)).toBe(1);
    expect((await dumpChecks()).get(id)).toEqual(before);
    expect(before?.plan).toHaveLength(2);
  });

  it('a plan changed on another device is a newer version, not "already there"', async () => {
    const id = await plannedCheck();
    const file = await buildExport([id], 9000);
    await setPlanEntry(id, 'kmu-ask-chamber', { ...step, note: 'Termin steht.' }, 9500);
    const plan = await previewImport(file);
    expect(plan.unchanged).toHaveLength(0);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]?.keepIncoming).toBe(false);
  });

  it.each([
    ['a date that is not YYYY-MM-DD', { due: '31.03.2026' }, '„due“', 'ungültiges Format'],
    ['a note over 500 characters', { note: 'x'.repeat(501) }, '„note“', 'zu lang'],
    ['an unknown field', { done: true }, 'Schritt 1', 'unbekanntes Feld „done“'],
    ['no recommendation', { recommendationId: '' }, '„recommendationId“', 'zu kurz'],
  ])('rejects a plan step with %s, naming where', async (_, change, where, what) => {
    const id = await plannedCheck();
    const file = await buildExport([id], 9000);
    const session = file.sessions[0]!;
    const bad = { ...file, sessions: [{ ...session, plan: [{ ...session.plan![0], ...change }] }] };
    const r = validateExport(bytes(bad), known);
    expect('problem' in r && r.problem.code).toBe('invalid');
    const text = 'problem' in r ? importMessage(r.problem, tx) : '';
    expect(text).toContain('Check 1 → Aktionsplan, Schritt 1');
    expect(text).toContain(where);
    expect(text).toContain(what);
  });

  it('the CSV names the planned recommendations', async () => {
    const id = await plannedCheck();
    const rows = toCsv([(await dumpChecks()).get(id)!], () => undefined, []).split('\r\n');
    const header = rows[0]!.split(';');
    const col = header.indexOf('Aktionsplan');
    expect(col).toBeGreaterThan(0);
    expect(rows[1]!.split(';')[col]).toBe('kmu-ask-chamber, kmu-short-formats');
  });
});
