import { getInstrument } from '../../content/instruments';
import { previewImport } from '../../storage/backup/backup';
import type { ExportFile } from '../../storage/backup/format';
import type { MergePlan } from '../../storage/backup/merge';
import type { ImportProblem, KnownItems } from '../../storage/backup/validate';

/** The questions of an instrument version this app knows, by id. */
export const knownItems: KnownItems = (id, version) => {
  const instrument = getInstrument(id);
  if (!instrument || instrument.version !== version) return undefined;
  return new Map(instrument.blocks.flatMap((b) => b.items.map((i) => [i.id, i] as const)));
};

/** Reads, validates (zod, loaded only now) and previews an import file; writes nothing. */
export async function checkImportFile(
  file: Blob,
): Promise<{ file: ExportFile; plan: MergePlan } | { problem: ImportProblem }> {
  const [{ validateParsed }, { readFile }] = await Promise.all([
    import('../../storage/backup/validate'),
    import('../../storage/backup/read'),
  ]);
  const read = await readFile(file);
  if ('problem' in read) return read;
  const result = validateParsed(read.raw, knownItems);
  if ('problem' in result) return result;
  return { file: result.file, plan: await previewImport(result.file) };
}
