import * as z from 'zod/mini';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeI18n } from '../../app/i18n';
import { importMessage } from '../../features/data/import-message';
import { IdbSeam } from '../seam-idb';
import { connect, resetConnection, storage } from '../connection';
import {
  applyImport,
  buildExport,
  deleteAllChecks,
  dumpChecks,
  previewImport,
} from '../backup/backup';
import { fingerprint } from '../backup/merge';
import { validateExport, type KnownItems } from '../backup/validate';
import type { ExportedSession, SessionRecord } from '../types';
import { summarizer } from '../../features/summary';
import { answerSchema } from './answer';
import { int } from './base';
import { BOOKKEEPING } from './fields';
import { fileSchema } from './file';
import { followUpSchema } from './follow-up';
import { planEntrySchema } from './plan-entry';
import { exportedSessionSchema } from './session';

const { tx } = makeI18n('de', () => {});
const known: KnownItems = (id, v) => (id === 'kmu' && v === 1 ? new Set(['d1-1']) : undefined);
const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

const base: ExportedSession = {
  id: '00000001-aaaa-4bbb-8ccc-000000000001',
  instrumentId: 'kmu',
  instrumentVersion: 1,
  role: 'kmu',
  createdAt: 1000,
  updatedAt: 2000,
  position: 3,
  answers: { 'd1-1': { value: 4, updatedAt: 1500 } },
};

// A different valid value for every field; the compiler asks for one when the schema gains a field.
type Content<S extends { shape: object }, B extends readonly string[]> = Record<
  Exclude<keyof S['shape'], B[number]>,
  unknown
>;
const plan = { recommendationId: 'k-r1', who: 'Chefin', due: '2026-12-01', note: '', updatedAt: 1 };
const followUp = { name: 'A. Muster', contact: '0123', consent: 'Ja', at: 1 };
const changedSession: Content<typeof exportedSessionSchema, typeof BOOKKEEPING.session> = {
  instrumentId: 'kmu-kurz',
  instrumentVersion: 2,
  role: 'coordinator',
  label: 'Tischlerei',
  completedAt: 2000,
  eventId: 'e',
  plan: [{ ...plan, recommendationId: 'k-r9' }],
  followUp: { ...followUp, name: 'C. Muster' },
  testRun: true,
  answers: { 'd1-1': { value: 5, updatedAt: 1500 } },
};
const changedPlan: Content<typeof planEntrySchema, typeof BOOKKEEPING.planEntry> = {
  recommendationId: 'k-r2',
  who: 'Chef',
  due: '',
  note: 'bald',
};
const changedFollowUp: Content<typeof followUpSchema, typeof BOOKKEEPING.followUp> = {
  name: 'B. Muster',
  contact: 'b@example.org',
  consent: 'Nein',
};
const changedAnswer: Content<typeof answerSchema, typeof BOOKKEEPING.answer> = { value: 'na' };

const keysBut = (shape: object, bookkeeping: readonly string[]) =>
  Object.keys(shape).filter((k) => !bookkeeping.includes(k));
const valid = (s: unknown) => exportedSessionSchema.safeParse(s).success;

describe('the merge fingerprint follows the schema', () => {
  it('every field the schema has counts, except the bookkeeping it declares', () => {
    const withAll = { ...base, plan: [plan], followUp };
    expect(Object.keys(changedSession).sort()).toEqual(
      keysBut(exportedSessionSchema.shape, BOOKKEEPING.session).sort(),
    );
    for (const [k, v] of Object.entries(changedSession)) {
      const other = { ...withAll, [k]: v };
      expect(valid(other), k).toBe(true);
      expect(fingerprint(other), k).not.toBe(fingerprint(withAll));
    }
    const nested: [string, object, object, readonly string[]][] = [
      ['plan', planEntrySchema.shape, changedPlan, BOOKKEEPING.planEntry],
      ['followUp', followUpSchema.shape, changedFollowUp, BOOKKEEPING.followUp],
      ['answers', answerSchema.shape, changedAnswer, BOOKKEEPING.answer],
    ];
    for (const [field, shape, changed, bookkeeping] of nested) {
      expect(Object.keys(changed).sort(), field).toEqual(keysBut(shape, bookkeeping).sort());
      for (const [k, v] of Object.entries(changed)) {
        const other: ExportedSession =
          field === 'plan'
            ? { ...withAll, plan: [{ ...plan, [k]: v }] }
            : field === 'followUp'
              ? { ...withAll, followUp: { ...followUp, [k]: v } }
              : { ...withAll, answers: { 'd1-1': { updatedAt: 1500, value: 4, [k]: v } } };
        expect(valid(other), `${field}.${k}`).toBe(true);
        expect(fingerprint(other), `${field}.${k}`).not.toBe(fingerprint(withAll));
      }
    }
  });

  it('bookkeeping and key order do not make two versions differ', () => {
    const reversed = Object.fromEntries(Object.entries(base).reverse()) as ExportedSession;
    const moved: ExportedSession = {
      ...reversed,
      id: '00000002-aaaa-4bbb-8ccc-000000000002',
      createdAt: 5,
      updatedAt: 6,
      position: 0,
      handedOver: true,
      copyOf: base.id,
      answers: { 'd1-1': { updatedAt: 9, value: 4 } },
    };
    expect(fingerprint(moved)).toBe(fingerprint(base));
  });
});

describe('a field added to the schema travels through export and import', () => {
  // a fixture schema: the app's, with one field more on every check
  const withVisitors = z.extend(fileSchema, {
    sessions: z.array(z.extend(exportedSessionSchema, { visitors: z.optional(int(0, 100)) })),
  });
  type Visited = SessionRecord & { visitors?: number };

  beforeEach(() => {
    resetConnection();
    return connect(() => IdbSeam.open({}, `schema-${crypto.randomUUID()}`));
  });

  it('round-trips, merges by its value, and the app’s own schema names it', async () => {
    const db = await storage();
    const stored: Visited = { ...base, visitors: 7 };
    delete (stored as Partial<ExportedSession>).answers;
    await db.putSession(stored);
    await db.putAnswer({ sessionId: base.id, itemId: 'd1-1', value: 4, updatedAt: 1500 });
    const before = await dumpChecks();
    const file = await buildExport();

    // the app's own schema refuses what it does not know: drift cannot slip in unseen
    const own = validateExport(bytes(file), known);
    expect('problem' in own && importMessage(own.problem, tx)).toContain(
      'unbekanntes Feld „visitors“',
    );

    const checked = validateExport(bytes(file), known, withVisitors);
    if (!('file' in checked)) throw new Error(JSON.stringify(checked.problem));
    await deleteAllChecks();
    expect(await applyImport(await previewImport(checked.file), summarizer)).toBe(1);
    expect(await dumpChecks()).toEqual(before);
    expect((await db.getSession(base.id)) as Visited).toMatchObject({ visitors: 7 });

    // the same file again changes nothing; another value of the new field is a conflict
    expect((await previewImport(checked.file)).unchanged).toHaveLength(1);
    const other = { ...checked.file.sessions[0]!, visitors: 8, updatedAt: 3000 };
    const plan = await previewImport({ ...checked.file, sessions: [other] });
    expect(plan.conflicts).toHaveLength(1);
  });
});
