import { dimensions } from '../../content/dimensions';
import { getInstrument } from '../../content/instruments';
import { buildExport, markExported } from '../../storage/backup/backup';
import { toCsv } from '../../storage/backup/csv';
import { datedName, deliverFile, type Delivery } from './deliver';

/** Exports checks (all, or the given ids) as a re-importable JSON file and remembers the export. */
export async function exportJson(
  ids?: string[],
): Promise<{ delivery: Delivery; name: string; count: number }> {
  const file = await buildExport(ids);
  const name = datedName(ids?.length === 1 ? 'netzwerk-check-1' : 'netzwerk-check', 'json');
  const delivery = await deliverFile(name, 'application/json', JSON.stringify(file, null, 1));
  if (delivery !== 'cancelled') await markExported(file.sessions);
  return { delivery, name, count: file.sessions.length };
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
