import { getInstrument } from '../../content/instruments';
import { previewImport } from '../../storage/backup/backup';
import type { ExportFile } from '../../storage/types';
import type { MergePlan } from '../../storage/backup/merge';
import type { ImportProblem, KnownItems } from '../../storage/backup/validate';

/** The questions of an instrument version this app knows, by id. */
export const knownItems: KnownItems = (id, version) => {
  const instrument = getInstrument(id);
  if (!instrument || instrument.version !== version) return undefined;
  return new Map(instrument.blocks.flatMap((b) => b.items.map((i) => [i.id, i] as const)));
};

/**
 * Reads, validates (zod, loaded only now) and previews an import file; writes nothing. An
 * encrypted file is opened with the passphrase; without one its problem asks for it.
 */
export async function checkImportFile(
  file: Blob,
  passphrase?: string,
): Promise<{ file: ExportFile; plan: MergePlan } | { problem: ImportProblem }> {
  const [{ validateParsed }, { readFile, readStream }] = await Promise.all([
    import('../../storage/backup/validate'),
    import('../../storage/backup/read'),
  ]);
  let read = await readFile(file);
  if ('problem' in read && read.problem.code === 'encrypted' && passphrase !== undefined) {
    const { decryptBackup } = await import('../../storage/backup/crypt');
    const opened = await decryptBackup(file, passphrase);
    read = 'problem' in opened ? opened : await readStream(opened.bytes);
  }
  if ('problem' in read) return read;
  const result = validateParsed(read.raw, knownItems);
  if ('problem' in result) return result;
  return { file: result.file, plan: await previewImport(result.file) };
}
