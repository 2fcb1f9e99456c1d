import { summarizer } from '../../features/summary';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { IdbSeam } from '../seam-idb';
import { connect, resetConnection, storage } from '../connection';
import { saveAnswer } from '../answers';
import { createSession, completeSession, setLabel } from '../sessions';
import { createEvent } from '../events';
import {
  applyImport,
  buildExport,
  deleteAllChecks,
  dumpChecks,
  exportState,
  markExported,
  previewImport,
} from './backup';
import { makeI18n } from '../../app/i18n';
import { importMessage } from '../../features/data/import-message';
import { packFile } from './compact';
import { canonical } from './merge';
import { validateExport, type ImportProblem, type KnownItems } from './validate';
import type { ExportFile } from '../types';
import { MAX_IMPORT_BYTES } from './format';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'import');
const { tx } = makeI18n('de', () => {});
const ITEMS = new Set(['p-member', 'd1-1', 'd1-2', 'barriers']);
const known: KnownItems = (id, version) => (id === 'kmu' && version === 1 ? ITEMS : undefined);
const kmu = { instrumentId: 'kmu', instrumentVersion: 1, role: 'kmu' as const };

const fresh = () => {
  resetConnection();
  return connect(() => IdbSeam.open({}, `backup-${crypto.randomUUID()}`));
};

/** Everything in the database (keys sorted), to compare before and after. */
const fullDump = async () => {
  const db = await storage();
  const sessions = (await db.listSessions()).sort((a, b) => a.id.localeCompare(b.id));
  return JSON.stringify(canonical([sessions, await db.allAnswers(), await db.listEvents()]));
};

const bytes = (s: string) => new TextEncoder().encode(s);
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** valid-two.json in the compact form, with its first check's answers changed as given. */
const packed = (change: (s: { answers: unknown }) => void) => {
  const file = JSON.parse(new TextDecoder().decode(fixture('valid-two.json'))) as ExportFile;
  const text = packFile(file).join('');
  const raw = JSON.parse(text) as { sessions: { answers: unknown }[] };
  change(raw.sessions[0]!);
  return bytes(JSON.stringify(raw));
};

async function importBytes(b: Uint8Array): Promise<ImportProblem | number> {
  const r = validateExport(b, known);
  if ('problem' in r) return r.problem;
  return applyImport(await previewImport(r.file), summarizer);
}

async function seed() {
  const a = await createSession(kmu, 1000);
  await saveAnswer(a.id, 'p-member', 'passive', 1001);
  await saveAnswer(a.id, 'd1-1', 2, 1002);
  await saveAnswer(a.id, 'barriers', ['resources'], 1003);
  await completeSession(a.id, summarizer, 1100);
  const event = await createEvent({
    name: 'Messe',
    date: '2026-11-23',
    instrumentId: 'kmu',
    idleSeconds: 60,
    keepPartial: true,
    pin: '1357',
  });
  const b = await createSession({ ...kmu, eventId: event.id }, 2000);
  await saveAnswer(b.id, 'd1-2', 'na', 2001);
  await setLabel(b.id, 'Tischlerei Groß', 2002);
  return [a.id, b.id];
}

describe('hostile and broken files are rejected whole, the database unchanged', () => {
  beforeEach(async () => {
    await fresh();
    await seed();
  });

  it.each<[string, () => Uint8Array, ImportProblem['code'], Record<string, unknown>?]>([
    ['a file cut off in the middle', () => fixture('malformed.json'), 'truncated'],
    ['a file cut off inside a text', () => fixture('cut-off.json'), 'truncated'],
    ['a broken line', () => fixture('broken-line.json'), 'broken', { line: 48 }],
    ['UTF-16 with a byte-order mark', () => fixture('utf16.json'), 'utf16'],
    ['UTF-16 without a byte-order mark', () => fixture('utf16-no-bom.json'), 'utf16'],
    ['a zip renamed to .json', () => fixture('zipped.json'), 'zip'],
    ['a PDF', () => fixture('document.pdf'), 'pdf'],
    ['a plain text note', () => fixture('notes.txt'), 'not-json'],
    ['valid JSON nested 100,000 levels', () => fixture('deep.json'), 'too-deep', { max: 16 }],
    [
      'a bare list nested 100,000 levels',
      () => bytes('['.repeat(1e5) + ']'.repeat(1e5)),
      'too-deep',
    ],
    [
      'wrong type',
      () => fixture('wrong-type.json'),
      'invalid',
      { where: 'Check 1 → „position“', what: 'falscher Typ (erwartet: Zahl)' },
    ],
    [
      'missing field',
      () => fixture('missing-field.json'),
      'invalid',
      { where: 'Check 1 → „instrumentId“', what: 'fehlt' },
    ],
    [
      'unknown field',
      () => fixture('unknown-field.json'),
      'invalid',
      { what: 'unbekanntes Feld „extra“' },
    ],
    [
      'answer out of range',
      () => fixture('bad-answer.json'),
      'invalid',
      { where: 'Check 1 → Antwort „d1-1“ → „value“' },
    ],
    ['duplicate ids', () => fixture('duplicate-ids.json'), 'duplicate-id', { n: 2 }],
    ['__proto__ key', () => fixture('proto.json'), 'forbidden-key', { key: '__proto__' }],
    ['constructor key', () => fixture('constructor.json'), 'forbidden-key', { key: 'constructor' }],
    ['newer format version', () => fixture('newer-version.json'), 'newer-version', { version: 7 }],
    ['another JSON file', () => fixture('wrong-format.json'), 'wrong-format'],
    [
      'unknown questionnaire',
      () => fixture('unknown-instrument.json'),
      'unknown-instrument',
      { instrument: 'fremd' },
    ],
    ['a CSV table', () => fixture('table.csv'), 'csv'],
    ['an image', () => fixture('picture.png'), 'image'],
    ['an empty file', () => fixture('empty.json'), 'empty'],
    ['a file of blanks', () => bytes(' \n'.repeat(2000)), 'empty'],
    ['a file over the limit', () => new Uint8Array(MAX_IMPORT_BYTES + 1), 'too-big', { max: 200 }],
    [
      'compact answers not in the form [question, value, time]',
      () => packed((s) => (s.answers = [['d1-1', 3]] as never)),
      'invalid',
      { where: 'Check 1 → „answers“', what: 'Antwort 1 hat nicht die Form [Frage, Wert, Zeit]' },
    ],
    [
      'a question answered twice in the compact form',
      () =>
        packed(
          (s) =>
            (s.answers = [
              ['d1-1', 3, 1],
              ['d1-1', 4, 2],
            ] as never),
        ),
      'invalid',
      { where: 'Check 1 → Antwort „d1-1“', what: 'zweimal beantwortet' },
    ],
    [
      'a compact answer to “__proto__”',
      () => packed((s) => (s.answers = [['__proto__', 3, 1]] as never)),
      'invalid',
      { what: 'unzulässige Kennung' },
    ],
  ])('%s', async (_, load, code, params) => {
    const before = await fullDump();
    const result = await importBytes(load());
    expect(result).toMatchObject({ code });
    if (code === 'invalid') {
      // the sentence the person reads names the place and what is wrong there
      const text = importMessage(result as ImportProblem, tx);
      for (const words of Object.values(params ?? {})) expect(text).toContain(words);
    } else if (params) expect(result).toMatchObject({ params: expect.objectContaining(params) });
    expect(await fullDump()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('export, import and merge', () => {
  beforeEach(fresh);

  it('round trip: export everything, delete everything, import: identical dump', async () => {
    await seed();
    const before = await fullDump();
    const file = await buildExport(undefined, 5000);
    expect(file).toMatchObject({
      format: 'netzwerk-check',
      version: 3,
      exportedAt: new Date(5000).toISOString(),
    });
    const text = await new Blob(packFile(file)).text();
    // the compact file: one list per answer, one check per line
    expect(text).toContain('"answers":[["barriers",["resources"],1003],["d1-1",2,1002],');
    expect(text.split('\n').filter((l) => l.includes('"instrumentId"'))).toHaveLength(3);
    await deleteAllChecks();
    expect(await fullDump()).toBe('[[],[],[]]');
    expect(await importBytes(bytes(text))).toBe(2);
    expect(await fullDump()).toBe(before);
  });

  it('a format-1 file (one object per answer) still imports whole', async () => {
    await seed();
    const before = await fullDump();
    const file = { ...(await buildExport()), version: 1 };
    await deleteAllChecks();
    expect(await importBytes(bytes(JSON.stringify(file, null, 1)))).toBe(2);
    expect(await fullDump()).toBe(before);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const file = fixture('valid-two.json');
    expect(await importBytes(file)).toBe(2);
    const once = await fullDump();
    const plan = await previewImport(JSON.parse(new TextDecoder().decode(file)) as ExportFile);
    expect([plan.added.length, plan.unchanged.length, plan.conflicts.length]).toEqual([0, 2, 0]);
    expect(await importBytes(file)).toBe(0);
    expect(await fullDump()).toBe(once);
  });

  it('merging two devices gives the union; a conflict keeps the newer and a copy of the older', async () => {
    const [a, b] = (await seed()) as [string, string];
    const deviceA = await buildExport();
    // device B: same checks, one changed later, plus one new
    const deviceB: ExportFile = JSON.parse(JSON.stringify(deviceA));
    const changed = deviceB.sessions.find((s) => s.id === a)!;
    changed.answers['d1-1'] = { value: 5, updatedAt: 9000 };
    changed.updatedAt = 9000;
    const extra = { ...deviceB.sessions[0]!, id: crypto.randomUUID(), label: 'Neu' };
    deviceB.sessions.push(extra);

    const plan = await previewImport(deviceB);
    expect([plan.added.length, plan.unchanged.length, plan.conflicts.length]).toEqual([1, 1, 1]);
    expect(await importBytes(bytes(JSON.stringify(deviceB)))).toBe(3);

    const all = await dumpChecks();
    expect(all.size).toBe(4);
    expect(all.get(a)?.answers['d1-1']?.value).toBe(5);
    const copy = [...all.values()].find((s) => s.copyOf === a);
    expect(copy?.answers['d1-1']?.value).toBe(2);
    expect(all.get(b)).toEqual(deviceA.sessions.find((s) => s.id === b));
    expect(all.get(extra.id)?.label).toBe('Neu');

    const again = await fullDump();
    expect(await importBytes(bytes(JSON.stringify(deviceB)))).toBe(0);
    expect(await importBytes(bytes(JSON.stringify(deviceA)))).toBe(0);
    expect(await fullDump()).toBe(again);
  });

  it('an older incoming version is kept as a copy, the newer local one stays', async () => {
    const [a] = (await seed()) as [string];
    const old = await buildExport([a]);
    await saveAnswer(a, 'd1-1', 1, 8000);
    await setLabel(a, 'Neuer Name', 8000);
    expect(await importBytes(bytes(JSON.stringify(old)))).toBe(1);
    const all = await dumpChecks();
    expect(all.get(a)?.label).toBe('Neuer Name');
    expect([...all.values()].find((s) => s.copyOf === a)?.answers['d1-1']?.value).toBe(2);
  });

  it('counts checks not yet exported and remembers the last export', async () => {
    const [a] = (await seed()) as [string];
    expect(await exportState()).toEqual({ total: 2, unexported: 2, lastExportAt: undefined });
    const file = await buildExport();
    await markExported(file.sessions, 7000);
    expect(await exportState()).toEqual({ total: 2, unexported: 0, lastExportAt: 7000 });
    await saveAnswer(a, 'd1-2', 3);
    await setLabel(a, 'geändert', 7100);
    expect((await exportState()).unexported).toBe(1);
  });
});
