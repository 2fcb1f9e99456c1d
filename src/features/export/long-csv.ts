import { LONG_COLUMNS, longRows, type LongColumn, type LongTable } from '../../domain/long-table';
import { FORMULA_START } from './csv';

const columns = Object.keys(LONG_COLUMNS) as LongColumn[];

/** A standard CSV field: formulas neutralised (the file may still be opened in Excel), quoted where needed. */
function field(value: string | number | null, type: string): string {
  if (value === null) return '';
  // a time a JavaScript date cannot hold (a bad record) leaves the field empty instead of throwing
  if (type === 'time')
    return Number.isFinite(new Date(value).getTime()) ? new Date(value).toISOString() : '';
  if (typeof value === 'number') return String(value);
  const s = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The analyst table as CSV for analysis tools: comma, decimal point, ISO times in UTC, header row. */
export function longCsv(table: LongTable, header = true): string {
  const lines = header ? [columns.join(',')] : [];
  const n = longRows(table);
  for (let r = 0; r < n; r++)
    lines.push(columns.map((c) => field(table[c][r] ?? null, LONG_COLUMNS[c])).join(','));
  return lines.length ? lines.join('\r\n') + '\r\n' : '';
}
