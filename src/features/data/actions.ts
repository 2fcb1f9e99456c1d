import { dimensions } from '../../content/dimensions';
import { getInstrument } from '../../content/instruments';
import { buildExport, markExported } from '../../storage/backup/backup';
import { MAX_CHECKS, MAX_IMPORT_BYTES } from '../../storage/backup/format';
import { toCsv } from '../export/csv';
import { datedName, deliverFile, type Delivery } from './deliver';

/**
 * Exports checks (all, or the given ids) as a re-importable JSON file, encrypted when a passphrase
 * is given, and remembers the export. A file the import could not read again is never written.
 */
export async function exportJson(
  ids?: string[],
  passphrase?: string,
): Promise<{ delivery: Delivery | 'too-big'; name: string; count: number }> {
  const file = await buildExport(ids);
  const base = ids?.length === 1 ? 'netzwerk-check-1' : 'netzwerk-check';
  const name = datedName(passphrase ? `${base}-verschluesselt` : base, 'json');
  const count = file.sessions.length;
  // the file code (with the encryption) loads only now, with the import's checks
  const [{ packFile }, { encryptBackup }] = await Promise.all([
    import('../../storage/backup/compact'),
    import('../../storage/backup/crypt'),
  ]);
  const plain = new Blob(packFile(file));
  const content = passphrase ? await encryptBackup(plain, passphrase) : plain;
  if (count > MAX_CHECKS || content.size > MAX_IMPORT_BYTES)
    return { delivery: 'too-big', name, count };
  const delivery = await deliverFile(name, 'application/json', content);
  if (delivery !== 'cancelled') await markExported(file.sessions);
  return { delivery, name, count };
}

/** Exports checks as a CSV table for Excel. */
export async function exportCsv(
  ids?: string[],
): Promise<{ delivery: Delivery; name: string; count: number }> {
  const file = await buildExport(ids);
  const name = datedName('netzwerk-check-tabelle', 'csv');
  const delivery = await deliverFile(
    name,
    'text/csv',
    toCsv(file.sessions, getInstrument, dimensions),
  );
  return { delivery, name, count: file.sessions.length };
}
