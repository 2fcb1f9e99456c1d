import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImport, dumpChecks } from '../../storage/backup/backup';
import { packFile } from '../../storage/backup/compact';
import { encryptBackup, ITERATIONS } from '../../storage/backup/crypt';
import type { ExportFile } from '../../storage/types';
import { MemorySeam } from '../../storage/seam-memory';
import { connect, resetConnection } from '../../storage/connection';
import { summarizer } from '../summary';
import { checkImportFile } from './import-file';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'import');
const fixture = (name: string) => new Blob([readFileSync(join(FIXTURES, name))]);
const PASS = 'Sommerfest am See 2026';
const plain = () =>
  new Blob(
    packFile(JSON.parse(readFileSync(join(FIXTURES, 'valid-two.json'), 'utf8')) as ExportFile),
  );

/** What the import would do with a file and a passphrase: the problem's code, or checks added. */
async function outcome(file: Blob, passphrase?: string) {
  const r = await checkImportFile(file, passphrase);
  return 'problem' in r ? r.problem.code : r.plan.added.length;
}

beforeEach(async () => {
  resetConnection();
  await connect(async () => new MemorySeam());
});

describe('encrypted backups (AES-256-GCM, key by PBKDF2-SHA-256)', () => {
  it('a file written by this app opens with its passphrase and gives the same checks', async () => {
    const file = await encryptBackup(plain(), PASS);
    const head = JSON.parse(await file.text()) as Record<string, unknown>;
    expect(head).toMatchObject({
      format: 'netzwerk-check-encrypted',
      version: 1,
      kdf: 'PBKDF2-SHA-256',
      iterations: ITERATIONS,
      cipher: 'AES-256-GCM',
      compression: 'gzip',
    });
    expect(ITERATIONS).toBeGreaterThanOrEqual(600_000);
    // nothing of the content is readable in the file
    expect(await file.text()).not.toMatch(/p-member|d1-1|kmu/);
    const r = await checkImportFile(file, PASS);
    const from = await checkImportFile(plain());
    expect('file' in r && 'file' in from && r.file).toEqual('file' in from && from.file);
  });

  it('salt and IV are new for every file', async () => {
    const [a, b] = await Promise.all([encryptBackup(plain(), PASS), encryptBackup(plain(), PASS)]);
    const head = async (f: Blob) => JSON.parse(await f.text()) as { salt: string; iv: string };
    const [x, y] = await Promise.all([head(a), head(b)]);
    expect(x.salt).not.toBe(y.salt);
    expect(x.iv).not.toBe(y.iv);
    expect(atob(x.salt)).toHaveLength(16);
    expect(atob(x.iv)).toHaveLength(12);
  });

  it('the stored fixture (an earlier file) still opens: the format is stable', async () => {
    expect(await outcome(fixture('encrypted.json'))).toBe('encrypted');
    expect(await outcome(fixture('encrypted.json'), PASS)).toBe(2);
  });

  it('a wrong passphrase is told as such and changes nothing', async () => {
    const r = await checkImportFile(plain());
    if ('problem' in r) throw new Error(r.problem.code);
    await applyImport(r.plan, summarizer);
    const before = await dumpChecks();
    expect(before.size).toBe(2);
    for (const wrong of ['', 'sommerfest am see 2026', `${PASS} `])
      expect(await outcome(fixture('encrypted.json'), wrong)).toBe('wrong-passphrase');
    expect(await dumpChecks()).toEqual(before);
  });

  it('the passphrase is taken as the same text however the keyboard composed “ü”', async () => {
    const file = await encryptBackup(plain(), 'Grüße aus Köln'.normalize('NFD'));
    expect(await outcome(file, 'Grüße aus Köln'.normalize('NFC'))).toBe(2);
  });

  it('a changed byte in the data, or a broken envelope, reads nothing', async () => {
    const text = await fixture('encrypted.json').text();
    const at = text.indexOf('"data":"') + 20;
    const flipped = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    expect(await outcome(new Blob([flipped]), PASS)).toBe('wrong-passphrase');
    for (const broken of [
      text.slice(0, 300),
      text.replace('"iterations":600000', '"iterations":10'),
      text.replace('"compression":"gzip"', '"compression":"none"'),
      text.replace(/"iv":"[^"]+"/, '"iv":"AAAA"'),
    ])
      expect(await outcome(new Blob([broken]), PASS)).toBe('encrypted-damaged');
  });
});
