import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeI18n } from '../../app/i18n';
import { dataUi, importProblems } from '../../content/ui-data';
import { readBytes, readFile } from '../../storage/backup/read';
import { validateParsed } from '../../storage/backup/validate';
import { knownItems } from './import-file';
import { importMessage } from './import-message';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'import');
const { tx } = makeI18n('de', () => {});

/** The sentence a person sees for a file, read the way the app reads it (as a stream). */
async function messageFor(bytes: Uint8Array) {
  const read = await readFile(new Blob([bytes as BlobPart]));
  expect(readBytes(bytes)).toEqual(read);
  const r = 'problem' in read ? read : validateParsed(read.raw, knownItems);
  return 'problem' in r ? importMessage(r.problem, tx) : null;
}

// words of the JavaScript engine's own errors, which must never reach the person
const ENGINE =
  /in JSON|JSON at|position \d|unexpected|token|unterminated|call stack|not valid|invalid|undefined|\{\w+\}/i;

describe('every rejected file gets a plain German sentence that fits it', () => {
  const files = readdirSync(FIXTURES).filter((f) => f !== 'valid-two.json');
  it.each(files)('%s', async (name) => {
    const text = await messageFor(new Uint8Array(readFileSync(join(FIXTURES, name))));
    expect(text).not.toBeNull();
    expect(text).not.toMatch(ENGINE);
    for (const raw of ['PK\u0003', '\u0000', '\ufffd']) expect(text).not.toContain(raw);
  });

  it.each([
    ['utf16.json', 'UTF-16'],
    ['utf16-no-bom.json', 'UTF-16'],
    ['zipped.json', 'gepacktes Archiv'],
    ['document.pdf', 'PDF'],
    ['picture.png', 'Bild'],
    ['table.csv', 'Tabelle (CSV)'],
    ['empty.json', 'leer'],
    ['cut-off.json', 'mitten in den Daten'],
    ['broken-line.json', 'Zeile 48'],
    ['deep.json', 'verschachtelt'],
  ])('%s is called what it is (“%s”)', async (name, words) => {
    const text = await messageFor(new Uint8Array(readFileSync(join(FIXTURES, name))));
    expect(text).toContain(words);
  });

  it('the kinds of file each have their own sentence', () => {
    const kinds = ['utf16', 'zip', 'pdf', 'image', 'csv', 'empty', 'not-json'] as const;
    expect(new Set(kinds.map((k) => importProblems[k].de)).size).toBe(kinds.length);
  });

  it('the app’s own file is read, in pieces as in one', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'valid-two.json')));
    expect(await messageFor(bytes)).toBeNull();
    expect(tx(dataUi.importRejected)).toContain('unverändert');
  });
});
