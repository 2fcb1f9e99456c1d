import type { Dimension, Instrument, Item } from '../../content/schema';
import { csvUi } from '../../content/ui-export';
import { scoreDimensions } from '../../domain/score';
import type { AnswerValue } from '../../domain/types';
import type { ExportedSession } from '../../storage/types';

/** Cells Excel would read as a formula start with one of these; they get a leading apostrophe. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV cell: formulas neutralised, quotes doubled, quoted where needed. */
export function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? value.toString().replace('.', ',') : value;
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[;"\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

// a time a JavaScript date cannot hold (a bad record) leaves the cell empty instead of throwing
const iso = (ms: number | undefined) =>
  ms === undefined || !Number.isFinite(new Date(ms).getTime())
    ? ''
    : new Date(ms).toISOString().replace('T', ' ').slice(0, 16);

function answerCell(item: Item, value: AnswerValue | undefined): string | number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  if (value === 'na' && item.type === 'likert') return csvUi.dontKnow.de;
  const label = (id: string) => item.options?.find((o) => o.id === id)?.text.de ?? id;
  if (Array.isArray(value)) return value.map(label).join(', ');
  return item.type === 'text' ? value : label(value);
}

/** One row per check, item answers and dimension scores; UTF-8 BOM, ";" and decimal comma for Excel. */
export function toCsv(
  sessions: readonly ExportedSession[],
  getInstrument: (id: string) => Instrument | undefined,
  dimensions: readonly Dimension[],
): string {
  const instruments = [...new Set(sessions.map((s) => s.instrumentId))].flatMap(
    (id) => getInstrument(id) ?? [],
  );
  const items = [
    ...new Map(
      instruments.flatMap((i) => i.blocks.flatMap((b) => b.items)).map((it) => [it.id, it]),
    ).values(),
  ];
  const { id, instrument, version, role, label, created, completed, plan } = csvUi;
  const header = [
    ...[id, instrument, version, role, label, created, completed, plan].map((t) => t.de),
    ...items.map((i) => i.id),
    ...dimensions.flatMap((d) =>
      [csvUi.points, csvUi.mean].map((t) => t.de.replace('{area}', d.title.de)),
    ),
  ];
  const rows = sessions.map((s) => {
    const instrument = getInstrument(s.instrumentId);
    const answers = Object.fromEntries(Object.entries(s.answers).map(([k, a]) => [k, a.value]));
    const scores = instrument ? scoreDimensions(instrument, dimensions, answers) : [];
    return [
      s.id,
      s.instrumentId,
      s.instrumentVersion,
      s.role,
      s.label,
      iso(s.createdAt),
      iso(s.completedAt),
      s.plan?.map((p) => p.recommendationId).join(', '),
      ...items.map((i) => answerCell(i, answers[i.id])),
      ...dimensions.flatMap((d) => {
        const sc = scores.find((x) => x.dimension === d.id);
        return [
          sc?.score ?? undefined,
          sc?.mean === null || sc?.mean === undefined ? undefined : Math.round(sc.mean * 100) / 100,
        ];
      }),
    ];
  });
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}
