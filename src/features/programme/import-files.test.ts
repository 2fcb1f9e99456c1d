import { describe, expect, it } from 'vitest';
import { collectFiles } from './import-files';

/** A dropped folder as the browser hands it over: entries read in batches, files on request. */
function folder(path: string, children: FileSystemEntry[]): FileSystemEntry {
  return {
    isDirectory: true,
    isFile: false,
    name: path.split('/').pop()!,
    fullPath: path,
    createReader: () => {
      // two entries per batch, then an empty one: a reader that stopped early would miss files
      let at = 0;
      return {
        readEntries: (ok: (batch: FileSystemEntry[]) => void) => {
          at += 2;
          ok(children.slice(at - 2, at));
        },
      };
    },
  } as unknown as FileSystemEntry;
}
const file = (path: string): FileSystemEntry =>
  ({
    isDirectory: false,
    isFile: true,
    name: path.split('/').pop()!,
    fullPath: path,
    file: (ok: (f: File) => void) => ok(new File([path], path.split('/').pop()!)),
  }) as unknown as FileSystemEntry;

describe('a dropped folder', () => {
  it('gives every file inside it, sub-folders too, in name order, without hidden system files', async () => {
    const drop = folder('/programm', [
      file('/programm/nord.json'),
      file('/programm/.DS_Store'),
      folder('/programm/2027', [file('/programm/2027/b.json'), file('/programm/2027/a.json')]),
      file('/programm/ost.json'),
      file('/programm/alt.json'),
    ]);
    const got = await collectFiles([{ entry: drop }, { file: new File(['x'], 'einzeln.json') }]);
    expect(got.map((f) => f.name)).toEqual([
      'programm/2027/a.json',
      'programm/2027/b.json',
      'programm/alt.json',
      'programm/nord.json',
      'programm/ost.json',
      'einzeln.json',
    ]);
    expect(await got[0]!.file.text()).toBe('/programm/2027/a.json');
  });
});
