import { describe, expect, it } from 'vitest';
import { miniDimensions, miniInstrument } from '../../../test/fixtures/mini-content';
import { cell, toCsv } from './csv';
import type { ExportedSession } from '../../storage/types';

/** A strict CSV reader for the test: ";" separated, double quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const session = (over: Partial<ExportedSession>): ExportedSession => ({
  id: '11111111-2222-4333-8444-555555555555',
  instrumentId: 'mini',
  instrumentVersion: 1,
  role: 'kmu',
  createdAt: Date.UTC(2026, 10, 20, 9, 30),
  updatedAt: Date.UTC(2026, 10, 20, 9, 40),
  completedAt: Date.UTC(2026, 10, 20, 9, 40),
  position: 3,
  answers: {},
  ...over,
});

describe('CSV for Excel', () => {
  const csv = toCsv(
    [
      session({
        label: 'Bäckerei Größe; "Söhne"',
        answers: {
          member: { value: 'yes', updatedAt: 1 },
          'time-1': { value: 4, updatedAt: 1 },
          'time-2': { value: 1, updatedAt: 1 },
          'benefit-1': { value: 2, updatedAt: 1 },
          'benefit-2': { value: 'na', updatedAt: 1 },
          'benefit-3': { value: 3, updatedAt: 1 },
          barriers: { value: ['time', 'fees'], updatedAt: 1 },
        },
      }),
      session({
        id: '21111111-2222-4333-8444-555555555555',
        label: '=HYPERLINK("http://x")',
        completedAt: undefined,
      }),
      session({ id: '31111111-2222-4333-8444-555555555555', label: '+49 711 1234' }),
      session({ id: '41111111-2222-4333-8444-555555555555', label: '-5' }),
      session({ id: '51111111-2222-4333-8444-555555555555', label: '@SUM(A1)' }),
      session({ id: '61111111-2222-4333-8444-555555555555', label: '\tTab' }),
    ],
    (id) => (id === 'mini' ? miniInstrument : undefined),
    miniDimensions,
  );
  const rows = parseCsv(csv.slice(1));
  const header = rows[0]!;
  const col = (name: string, row = 1) => rows[row]![header.indexOf(name)];

  it('starts with a UTF-8 BOM and uses ; and CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('keeps umlauts, separators and quotes inside a cell', () => {
    expect(col('Name')).toBe('Bäckerei Größe; "Söhne"');
  });

  it('writes answers in words and scores with a decimal comma', () => {
    expect(col('member')).toBe('ja');
    expect(col('time-1')).toBe('4');
    expect(col('benefit-2')).toBe('weiß nicht');
    expect(col('barriers')).toBe('Zeit, Kosten');
    expect(col('Zeit (Punkte)')).toBe('88');
    expect(col('Zeit (Mittelwert 1–5)')).toBe('4,5');
    expect(col('Nutzen (Mittelwert 1–5)')).toBe('2,5');
    expect(col('Begonnen')).toBe('2026-11-20 09:30');
  });

  it('neutralises cells Excel would run as formulas', () => {
    expect([2, 3, 4, 5, 6].map((r) => col('Name', r))).toEqual([
      `'=HYPERLINK("http://x")`,
      "'+49 711 1234",
      "'-5",
      "'@SUM(A1)",
      "'\tTab",
    ]);
    expect(col('Abgeschlossen', 2)).toBe('');
  });

  it.each([
    [3.5, '3,5'],
    ['a"b', '"a""b"'],
    ['=1+1', "'=1+1"],
    ['\rX', `"'\rX"`],
    [null, ''],
  ])('cell(%j) is %s', (v, expected) => expect(cell(v)).toBe(expected));
});
