// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kmuRecommendations } from '../content/recommendations-kmu';
import { MemorySeam } from '../storage/seam-memory';
import { connect, resetConnection, storage } from '../storage/connection';
import type { EventRecord, SessionRecord } from '../storage/types';
import { saveAnswer } from '../storage/answers';
import { buildExport } from '../storage/backup/backup';
import { longCsv } from './export/long-csv';
import { longParts } from './data/analyst';
import { EventDetail } from './event/EventDetail';
import { Events } from './event/Events';
import { PlanSheet } from './plan/PlanSheet';
import { Result } from './results/Result';

// times and days a JavaScript date cannot hold or no calendar has, as an older version let in
const BEYOND = 9e15;
const event = (id: string, name: string, more: Partial<EventRecord>): EventRecord => ({
  id,
  name,
  date: '2026-11-23',
  instrumentId: 'kmu',
  idleSeconds: 60,
  keepPartial: true,
  createdAt: 1763800000000,
  updatedAt: 1763800000000,
  privacy: 'feedback',
  ...more,
});
const check = (id: string, more: Partial<SessionRecord>): SessionRecord => ({
  id,
  instrumentId: 'kmu',
  instrumentVersion: 1,
  role: 'kmu',
  createdAt: 1763800000000,
  updatedAt: 1763800000000,
  position: 1,
  ...more,
});

afterEach(cleanup);
beforeEach(async () => {
  resetConnection();
  await connect(async () => new MemorySeam());
  const db = await storage();
  await db.putEvent(event('good', 'Messe Jena', { closedAt: 1763900000000 }));
  await db.putEvent(event('bad', 'Kaputte Messe', { date: '2026-13-40', closedAt: BEYOND }));
  await db.putSession(check('done', { completedAt: BEYOND, updatedAt: BEYOND }));
});

describe('a bad date never breaks a screen and never hides the other records', () => {
  it('the events list shows every event, “ungültiges Datum” for the bad one', async () => {
    render(<Events />);
    expect(await screen.findByRole('link', { name: 'Kaputte Messe' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Messe Jena' })).toBeTruthy();
    const bad = screen.getByRole('link', { name: 'Kaputte Messe' }).closest('li')!;
    expect(bad.textContent).not.toContain('2026-13-40');
    expect(bad.textContent?.match(/ungültiges Datum/g)).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Messe Jena' }).closest('li')!.textContent).toContain(
      '23.11.2026',
    );
  });

  it('an event page with a bad day and closing time opens', async () => {
    render(<EventDetail id="bad" />);
    expect(await screen.findByRole('heading', { name: 'Kaputte Messe' })).toBeTruthy();
    expect(screen.getAllByText(/ungültiges Datum/).length).toBeGreaterThanOrEqual(2);
    expect(document.body.textContent).not.toContain('2026-13-40');
  });

  it('a result completed at a bad time opens, with “ungültiges Datum” as its date', async () => {
    render(<Result id="done" />);
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.getByText(/ungültiges Datum/)).toBeTruthy();
  });

  it('a plan step due on a day no calendar has prints as “ungültiges Datum”', () => {
    const [a, b] = kmuRecommendations;
    render(
      <PlanSheet
        steps={[a!, b!]}
        plan={{
          [a!.id]: { who: 'Frau Kaya', due: '2026-13-40', note: '' },
          [b!.id]: { who: 'Herr Ott', due: '2026-12-01', note: '' },
        }}
        meta="KMU-Check"
      />,
    );
    const rows = screen.getAllByRole('row');
    expect(rows[1]!.textContent).toContain('ungültiges Datum');
    expect(rows[2]!.textContent).toContain('01.12.2026');
  });

  it('the analyst table still holds every check, the bad time as an empty field', async () => {
    await (await storage()).putSession(check('fine', { completedAt: 1763800100000 }));
    for (const id of ['done', 'fine']) await saveAnswer(id, 'd1-1', 4, 1763800050000);
    const csv = (await longParts(await buildExport())).map((t) => longCsv(t)).join('');
    expect(csv).toContain('2025-11-22T08:28:20.000Z');
    const rows = csv.split('\r\n');
    expect(rows.filter((l) => l.startsWith('done,')).length).toBeGreaterThan(0);
    expect(rows.filter((l) => l.startsWith('fine,')).length).toBeGreaterThan(0);
  });
});
