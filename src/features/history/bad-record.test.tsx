// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemorySeam } from '../../storage/seam-memory';
import { connect, resetConnection, storage } from '../../storage/connection';
import type { SessionRecord } from '../../storage/types';
import { Start } from '../start/Start';
import { Checks } from './Checks';

// a time beyond what a JavaScript date can hold, as an earlier import let in
const BEYOND = 9e15;
const record = (id: string, at: number, completedAt?: number): SessionRecord => ({
  id,
  instrumentId: 'kmu',
  instrumentVersion: 1,
  role: 'kmu',
  label: id === 'bad' ? 'Kaputt GmbH' : 'Bäckerei Müller',
  createdAt: at,
  updatedAt: at,
  completedAt,
  position: 1,
});

afterEach(cleanup);

describe('one bad record never hides the others', () => {
  beforeEach(async () => {
    resetConnection();
    await connect(async () => new MemorySeam());
    const db = await storage();
    await db.putSession(record('good', 1763800000000, 1763800100000));
    await db.putSession(record('bad', BEYOND));
  });

  it('“Meine Checks” lists every check and shows “ungültiges Datum” for the bad one', async () => {
    render(<Checks />);
    expect(await screen.findByRole('heading', { name: /Kaputt GmbH/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Bäckerei Müller/ })).toBeTruthy();
    expect(screen.getByText(/ungültiges Datum/)).toBeTruthy();
  });

  it('the start screen offers to go on with the open check and shows “ungültiges Datum”', async () => {
    render(<Start />);
    expect(await screen.findByText(/ungültiges Datum/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Weitermachen/ })).toBeTruthy();
  });
});
