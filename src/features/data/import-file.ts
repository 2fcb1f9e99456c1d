import { getInstrument } from '../../content/instruments';
import { previewImport } from '../../storage/backup/backup';
import type { ExportFile } from '../../storage/backup/format';
import type { MergePlan } from '../../storage/backup/merge';
import type { ImportProblem, KnownItems } from '../../storage/backup/validate';

/** Item ids of an instrument version this app knows. */
export const knownItems: KnownItems = (id, version) => {
  const instrument = getInstrument(id);
  if (!instrument || instrument.version !== version) return undefined;
  return new Set(instrument.blocks.flatMap((b) => b.items.map((i) => i.id)));
};

/** Reads, validates (zod, loaded only now) and previews an import file; writes nothing. */
export async function checkImportFile(
  file: Blob,
): Promise<{ file: ExportFile; plan: MergePlan } | { problem: ImportProblem }> {
  const { validateExport, MAX_IMPORT_BYTES } = await import('../../storage/backup/validate');
  if (file.size > MAX_IMPORT_BYTES)
    return {
      problem: {
        code: 'too-big',
        params: { mb: +(file.size / 1048576).toFixed(1), max: MAX_IMPORT_BYTES / 1048576 },
      },
    };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = validateExport(bytes, knownItems);
  if ('problem' in result) return result;
  return { file: result.file, plan: await previewImport(result.file) };
}
