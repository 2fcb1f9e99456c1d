import { triages } from '../../content/barriers';
import { dimensions } from '../../content/dimensions';
import { getInstrument } from '../../content/instruments';
import { fundingEndsSoon } from '../../content/netzwerk/meta';
import { coordinatorRecommendations } from '../../content/recommendations-coordinator';
import { kmuRecommendations } from '../../content/recommendations-kmu';
import { appendLongRows, emptyLongTable, type LongTable } from '../../domain/long-table';
import { buildExport } from '../../storage/backup/backup';
import type { ExportFile } from '../../storage/types';
import { longCsv } from '../export/long-csv';
import { datedName, deliverFile, type Delivery } from './deliver';

/** What the analyst table evaluates checks with: the same content as a result screen. */
export const longContent = {
  dimensions,
  triages,
  recommendations: [...kmuRecommendations, ...coordinatorRecommendations],
  fundingEndsSoon,
};

/** Checks per part: a part is one Parquet row group, so memory stays flat for large pools. */
const PART = 2000;

/** The analyst table of an export file, part by part. */
export function* longParts(file: ExportFile): Generator<LongTable> {
  const events = new Map(file.events.map((e) => [e.id, e]));
  for (let i = 0; i < file.sessions.length; i += PART)
    yield appendLongRows(
      emptyLongTable(),
      file.sessions.slice(i, i + PART).map((s) => ({
        session: s,
        answers: Object.fromEntries(Object.entries(s.answers).map(([k, a]) => [k, a.value])),
        instrument: getInstrument(s.instrumentId),
        event: s.eventId ? events.get(s.eventId) : undefined,
        deviceName: s.origin?.device && file.devices?.[s.origin.device],
      })),
      longContent,
    );
}

/** The analyst table of an export file as a Parquet file (the writer library loads only now). */
export async function longParquet(file: ExportFile): Promise<ArrayBuffer> {
  const { parquetFile } = await import('../export/parquet');
  const out = parquetFile(`netzwerk-check export ${file.version}`);
  for (const part of longParts(file)) out.write(part);
  return out.finish();
}

/** Exports every check as the analyst table (one row per check and item) in CSV or Parquet. */
export async function exportLong(
  kind: 'csv' | 'parquet',
  file?: ExportFile,
): Promise<{ delivery: Delivery; name: string; count: number }> {
  const source = file ?? (await buildExport());
  const name = datedName('netzwerk-check-analyse', kind);
  const content =
    kind === 'parquet'
      ? await longParquet(source)
      : [...longParts(source)].map((t, i) => (i ? longCsv(t, false) : longCsv(t))).join('');
  const delivery = await deliverFile(
    name,
    kind === 'parquet' ? 'application/vnd.apache.parquet' : 'text/csv',
    content,
  );
  return { delivery, name, count: source.sessions.length };
}
