import { triages } from '../../content/barriers';
import { dimensions } from '../../content/dimensions';
import { getInstrument } from '../../content/instruments';
import { fundingEndsSoon } from '../../content/netzwerk/meta';
import { coordinatorRecommendations } from '../../content/recommendations-coordinator';
import { kmuRecommendations } from '../../content/recommendations-kmu';
import { appendLongRows, emptyLongTable, type LongTable } from '../../domain/long-table';
import { FORMAT_VERSION } from '../../storage/backup/format';
import { deviceNames } from '../../storage/device';
import { listEvents } from '../../storage/events';
import { checkParts, type CheckValues } from '../../storage/read-parts';
import type { EventRecord, ExportFile, SessionRecord } from '../../storage/types';
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

/** Where the checks of an analyst table come from, and the events and device names they name. */
interface LongSource {
  parts: Iterable<CheckValues[]> | AsyncIterable<CheckValues[]>;
  events: readonly EventRecord[];
  devices?: Readonly<Record<string, string>>;
}

/** The checks of an export file, part by part. */
function* fileParts(file: ExportFile): Generator<CheckValues[]> {
  for (let i = 0; i < file.sessions.length; i += PART)
    yield file.sessions.slice(i, i + PART).map(({ answers, ...session }) => ({
      session: session as SessionRecord,
      answers: Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.value])),
    }));
}

const fromFile = (file: ExportFile): LongSource => ({
  parts: fileParts(file),
  events: file.events,
  devices: file.devices,
});

/** This device's checks, read part by part (completed ones from their snapshots). */
async function fromStorage(): Promise<LongSource> {
  const [events, devices] = await Promise.all([listEvents(), deviceNames()]);
  return { parts: checkParts(PART), events, devices };
}

/** The analyst table of a source, part by part, each with its number of checks. */
async function* longTables(source: LongSource): AsyncGenerator<[LongTable, number]> {
  const events = new Map(source.events.map((e) => [e.id, e]));
  for await (const part of source.parts)
    yield [
      appendLongRows(
        emptyLongTable(),
        part.map(({ session: s, answers }) => ({
          session: s,
          answers,
          instrument: getInstrument(s.instrumentId),
          event: s.eventId ? events.get(s.eventId) : undefined,
          deviceName: s.origin?.device && source.devices?.[s.origin.device],
        })),
        longContent,
      ),
      part.length,
    ];
}

/** The analyst table of an export file, part by part. */
export async function longParts(file: ExportFile): Promise<LongTable[]> {
  const out: LongTable[] = [];
  for await (const [t] of longTables(fromFile(file))) out.push(t);
  return out;
}

async function parquetOf(source: LongSource): Promise<{ content: ArrayBuffer; count: number }> {
  const { parquetFile } = await import('../export/parquet');
  const out = parquetFile(`netzwerk-check export ${FORMAT_VERSION}`);
  let count = 0;
  for await (const [part, n] of longTables(source)) {
    out.write(part);
    count += n;
  }
  return { content: out.finish(), count };
}

async function csvOf(source: LongSource): Promise<{ content: string; count: number }> {
  const texts: string[] = [];
  let count = 0;
  for await (const [part, n] of longTables(source)) {
    texts.push(longCsv(part, !texts.length));
    count += n;
  }
  return { content: texts.join('') || longCsv(emptyLongTable()), count };
}

/** The analyst table of an export file as a Parquet file (the writer library loads only now). */
export const longParquet = async (file: ExportFile) => (await parquetOf(fromFile(file))).content;

/** Exports every check as the analyst table (one row per check and item) in CSV or Parquet. */
export async function exportLong(
  kind: 'csv' | 'parquet',
): Promise<{ delivery: Delivery; name: string; count: number }> {
  const source = await fromStorage();
  const name = datedName('netzwerk-check-analyse', kind);
  const { content, count } = kind === 'parquet' ? await parquetOf(source) : await csvOf(source);
  const delivery = await deliverFile(
    name,
    kind === 'parquet' ? 'application/vnd.apache.parquet' : 'text/csv',
    content,
  );
  return { delivery, name, count };
}
