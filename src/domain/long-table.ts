import type { Instrument } from '../content/schema';
import { evaluateCheck, type EvaluationContent } from './evaluate';
import { programmeNetwork } from './programme-network';
import type { Answers } from './types';

/** One check as the analyst table needs it: its record fields, answers, instrument and event. */
export interface LongCheck {
  session: {
    id: string;
    instrumentId: string;
    instrumentVersion: number;
    role: string;
    label?: string;
    createdAt: number;
    updatedAt: number;
    completedAt?: number;
    eventId?: string;
    copyOf?: string;
    origin?: { device?: string; via: string; network?: string };
    testRun?: boolean;
  };
  answers: Answers;
  /** The short name of the device the check was recorded on, where known. */
  deviceName?: string;
  /** Undefined for an instrument this app does not know: its rows carry answers only. */
  instrument?: Instrument;
  event?: { name: string; date: string; testRun?: boolean; contact?: { network?: string } };
}

/** What a row says: an answer, or what the app worked out from the answers of a completed check. */
export type LongKind = 'answer' | 'area' | 'barrier' | 'recommendation' | 'phase';

/** The columns of the analyst table, in order, with their type. */
export const LONG_COLUMNS = {
  check_id: 'text',
  copy_of: 'text',
  instrument: 'text',
  instrument_version: 'int',
  role: 'text',
  network_label: 'text',
  created_at: 'time',
  updated_at: 'time',
  completed_at: 'time',
  event_id: 'text',
  event_name: 'text',
  event_date: 'text',
  device_id: 'text',
  device_name: 'text',
  arrived_via: 'text',
  origin_network: 'text',
  network: 'text',
  test_run: 'int',
  kind: 'text',
  item: 'text',
  area: 'text',
  value_num: 'number',
  value_text: 'text',
} as const;

/** A column name of the analyst table. */
export type LongColumn = keyof typeof LONG_COLUMNS;
type Cell<C extends LongColumn> = (typeof LONG_COLUMNS)[C] extends 'text'
  ? string | null
  : number | null;

/** The analyst table, column by column (every array has one entry per row). */
export type LongTable = { [C in LongColumn]: Cell<C>[] };

/** An empty analyst table. */
export const emptyLongTable = (): LongTable =>
  Object.fromEntries(Object.keys(LONG_COLUMNS).map((c) => [c, []])) as unknown as LongTable;

/** Number of rows of an analyst table. */
export const longRows = (t: LongTable) => t.check_id.length;

/** What the table needs besides the checks: content to evaluate with, and the funding rule. */
export interface LongContent extends EvaluationContent {
  fundingEndsSoon: (answers: Answers) => boolean;
}

/**
 * Appends the rows of checks to a table: one per answered item (free text left out: it may name
 * people), and for a completed check one per area score, barrier in its profile, recommendation it
 * got and, for a network check, its Netzwerk-Check phase.
 */
export function appendLongRows(
  table: LongTable,
  checks: readonly LongCheck[],
  content: LongContent,
  maxRecommendations = 7,
): LongTable {
  for (const c of checks) {
    const s = c.session;
    const coordinator = s.role === 'coordinator';
    const network = programmeNetwork({
      origin: s.origin?.network,
      event: c.event?.contact?.network,
      own: coordinator ? s.label : undefined,
    });
    const push = (
      kind: LongKind,
      item: string,
      area: string | null,
      num: number | null,
      text: string | null,
    ) => {
      table.check_id.push(s.id);
      table.copy_of.push(s.copyOf ?? null);
      table.instrument.push(s.instrumentId);
      table.instrument_version.push(s.instrumentVersion);
      table.role.push(s.role);
      // a firm's label may be its name; a network's label is what the programme compares by
      table.network_label.push(coordinator ? (s.label ?? null) : null);
      table.created_at.push(s.createdAt);
      table.updated_at.push(s.updatedAt);
      table.completed_at.push(s.completedAt ?? null);
      table.event_id.push(s.eventId ?? null);
      table.event_name.push(c.event?.name ?? null);
      table.event_date.push(c.event?.date ?? null);
      table.device_id.push(s.origin?.device ?? null);
      table.device_name.push(c.deviceName ?? null);
      table.arrived_via.push(s.origin?.via ?? null);
      table.origin_network.push(s.origin?.network ?? null);
      table.network.push(network || null);
      table.test_run.push(s.testRun || c.event?.testRun ? 1 : 0);
      table.kind.push(kind);
      table.item.push(item);
      table.area.push(area);
      table.value_num.push(num);
      table.value_text.push(text);
    };
    const items = new Map(c.instrument?.blocks.flatMap((b) => b.items.map((i) => [i.id, i])));
    for (const [id, value] of Object.entries(c.answers)) {
      const item = items.get(id);
      if (item?.type === 'text') continue;
      const area = item?.dimension ?? null;
      if (typeof value === 'number') push('answer', id, area, value, null);
      else push('answer', id, area, null, Array.isArray(value) ? value.join(',') : value);
    }
    if (!s.completedAt || !c.instrument) continue;
    const result = evaluateCheck(
      c.instrument,
      content,
      c.answers,
      maxRecommendations,
      content.fundingEndsSoon(c.answers),
    );
    const { diagnosis } = result;
    for (const sc of result.scores)
      if (sc.score !== null) push('area', sc.dimension, sc.dimension, sc.score, sc.band);
    for (const b of result.barriers)
      push(
        'barrier',
        b.barrier,
        b.dimension?.id ?? null,
        b.weight,
        b.ticked ? 'ticked' : 'derived',
      );
    result.recommendations.forEach((r, i) =>
      push('recommendation', r.recommendation.id, null, i + 1, null),
    );
    if (diagnosis) push('phase', 'phase', null, null, diagnosis.phase);
  }
  return table;
}
