import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeI18n } from '../../app/i18n';
import { knownItems } from '../../features/data/import-file';
import { importMessage } from '../../features/data/import-message';
import { realDay } from '../schema/fields';
import { validateExport } from './validate';

const { tx } = makeI18n('de', () => {});

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(process.cwd(), 'test', 'fixtures', 'import', name)));

describe('values are checked against the instruments and the calendar', () => {
  it('the app’s own kind of file passes', () => {
    expect(validateExport(fixture('valid-two.json'), knownItems)).toHaveProperty('file');
  });

  it.each([
    ['likert-seven.json', 'Check 2 → Antwort „d1-1“', 'zu groß'],
    ['likert-nan.json', 'Check 2 → Antwort „d1-1“', '"NaN" ist kein Punkt der Skala'],
    ['unknown-option.json', 'Check 2 → Antwort „p-member“', '"vielleicht" ist keine Antwort'],
    ['unknown-multi-option.json', 'Check 2 → Antwort „barriers“', 'gibt-es-nicht'],
    ['text-not-text.json', 'Check 2 → Antwort „note“', '4 ist kein Text'],
    ['text-too-long.json', 'Check 2 → Antwort „note“', 'zu lang'],
    ['plan-due-invalid.json', 'Check 2 → Aktionsplan, Schritt 1 → „due“', 'ungültiges Datum'],
    ['completed-9999.json', 'Check 2 → „updatedAt“', 'weit in der Zukunft'],
    ['beyond-date.json', 'Check 2 → „createdAt“', 'weit in der Zukunft'],
    ['event-duplicate.json', 'Veranstaltung 2 → „id“', 'dieselbe Kennung wie Veranstaltung 1'],
    ['pin-without-salt.json', 'Veranstaltung 1 → „pinSalt“', 'ohne Salt öffnet jede PIN'],
    ['event-date-invalid.json', 'Veranstaltung 1 → „date“', 'ungültiges Datum'],
    ['event-date-1999.json', 'Veranstaltung 1 → „date“', 'ungültiges Datum ("1999-12-31")'],
    ['salt-without-pin.json', 'Veranstaltung 1 → „pinSalt“', 'PIN und Salt gehören zusammen'],
    ['plan-due-1999.json', 'Check 2 → Aktionsplan, Schritt 1 → „due“', 'ungültiges Datum'],
    [
      'plan-duplicate.json',
      'Check 2 → Aktionsplan, Schritt 2 → „recommendationId“',
      'dieselbe Empfehlung wie Schritt 1',
    ],
  ])('%s is refused, naming %s', (name, where, what) => {
    const r = validateExport(fixture(name), knownItems);
    expect(r).toMatchObject({ problem: { code: 'invalid' } });
    const text = 'problem' in r ? importMessage(r.problem, tx) : '';
    expect(text).toContain(where);
    expect(text).toContain(what);
  });

  it.each([
    ['2026-11-23', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-40', false],
    ['2026-02-30', false],
    ['1899-12-31', false],
    ['1999-12-31', false],
    ['2000-01-01', true],
    ['2999-12-31', true],
    ['2150-06-01', true],
    ['3000-01-01', false],
    ['26-1-1', false],
    ['', false],
  ])('%s is a real day: %s', (day, ok) => {
    expect(realDay(day)).toBe(ok);
  });
});
