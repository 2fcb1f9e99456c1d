// @vitest-environment jsdom
import { cleanup, render, waitFor } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kmuRecommendations } from '../content/recommendations-kmu';
import { saveAnswer } from '../storage/answers';
import { MemorySeam } from '../storage/seam-memory';
import { connect, resetConnection, storage } from '../storage/connection';
import type { SessionRecord } from '../storage/types';
import { EventDetail } from './event/EventDetail';
import { Events } from './event/Events';
import { Checks } from './history/Checks';
import { Trend } from './history/Trend';
import { PlanSheet } from './plan/PlanSheet';
import { Result } from './results/Result';
import { Start } from './start/Start';

// 2026-11-22 09:13 and 2026-12-01 18:39 (UTC)
const NOV = Date.UTC(2026, 10, 22, 9, 13);
const DEC = Date.UTC(2026, 11, 1, 18, 39);
const check = (id: string, more: Partial<SessionRecord>): SessionRecord => ({
  id,
  instrumentId: 'kmu',
  instrumentVersion: 1,
  role: 'kmu',
  label: 'Bäckerei Müller',
  createdAt: NOV,
  updatedAt: NOV,
  position: 1,
  ...more,
});

/** A date as a machine writes it: 2026-12-01, 2026-12-01T18:39 or 2026-12-01 18:39. */
const MACHINE_DATE = /\d{4}-\d{2}-\d{2}/;

afterEach(cleanup);
beforeEach(async () => {
  resetConnection();
  await connect(async () => new MemorySeam());
  const db = await storage();
  await db.putEvent({
    id: 'messe',
    name: 'Messe Jena',
    date: '2026-12-01',
    instrumentId: 'kmu',
    idleSeconds: 60,
    keepPartial: true,
    createdAt: NOV,
    updatedAt: NOV,
    closedAt: DEC,
    privacy: 'feedback',
  });
  await db.putSession(check('first', { completedAt: NOV }));
  await db.putSession(check('second', { createdAt: DEC, updatedAt: DEC, completedAt: DEC }));
  await db.putSession(check('open', { label: 'Tischlerei Ott', updatedAt: DEC }));
  for (const id of ['first', 'second']) await saveAnswer(id, 'd1-1', 4, NOV);
});

/** Renders a screen, waits until it shows the given text, and returns all its text. */
async function textOf(node: ComponentChild, shows: RegExp) {
  render(node);
  await waitFor(() => expect(document.body.textContent).toMatch(shows));
  return document.body.textContent ?? '';
}

describe('every date a person reads is written the German way (01.12.2026), never as 2026-12-01', () => {
  const [a, b] = kmuRecommendations;
  const screens: [string, () => ComponentChild, RegExp][] = [
    ['the start screen', () => <Start />, /Weitermachen: KMU-Check vom 01\.12\.2026, \d\d:39/],
    ['Meine Checks', () => <Checks />, /22\.11\.2026/],
    ['a trend', () => <Trend label="Bäckerei Müller" />, /22\.11\.2026.*01\.12\.2026/s],
    ['the events list', () => <Events />, /01\.12\.2026/],
    ['an event page', () => <EventDetail id="messe" />, /01\.12\.2026.*01\.12\.2026, \d\d:39/s],
    ['a result', () => <Result id="second" />, /01\.12\.2026/],
    [
      'an action plan',
      () => (
        <PlanSheet
          steps={[a!, b!]}
          plan={{
            [a!.id]: { who: 'Frau Kaya', due: '2026-03-31', note: '' },
            [b!.id]: { who: 'Herr Ott', due: '', note: '' },
          }}
          meta="KMU-Check"
        />
      ),
      /31\.03\.2026/,
    ],
  ];
  it.each(screens)('%s', async (_name, node, shows) => {
    const text = await textOf(node(), shows);
    expect(text).not.toMatch(MACHINE_DATE);
  });

  it('the check fails on a machine date (the pattern is not blind)', () => {
    expect('abgeschlossen am 2026-12-01').toMatch(MACHINE_DATE);
  });
});
