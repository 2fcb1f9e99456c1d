// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveAnswer } from '../../storage/answers';
import { connect, resetConnection, storage } from '../../storage/connection';
import { MemorySeam } from '../../storage/seam-memory';
import { completeSession, createSession } from '../../storage/sessions';
import { summarizer } from '../summary';
import { DataPanel } from './DataPanel';

const delivered = vi.hoisted(() => [] as string[]);
vi.mock('./deliver', () => ({
  datedName: (base: string, ext: string) => `${base}.${ext}`,
  deliverFile: async (name: string) => (delivered.push(name), 'downloaded'),
}));

// a backup file holds at most two checks here, so that three are too many
vi.mock('../../storage/backup/format', async (original) => ({
  ...(await original<object>()),
  MAX_CHECKS: 2,
}));

afterEach(cleanup);

describe('an export tapped at once', () => {
  beforeEach(async () => {
    resetConnection();
    await connect(async () => new MemorySeam());
    delivered.length = 0;
    const s = await createSession({ instrumentId: 'kmu', instrumentVersion: 1, role: 'kmu' });
    await saveAnswer(s.id, 'd2-1', 3);
    await completeSession(s.id, summarizer);
  });

  it('waits for the count instead of saying there is nothing, and says it is working', async () => {
    // the count comes late, as with many thousands of checks
    const db = await storage();
    const list = db.listSessions;
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    db.listSessions = async () => (await gate, list());
    try {
      render(<DataPanel />);
      fireEvent.click(screen.getByRole('button', { name: 'Alle Checks sichern (Datei)' }));
      expect(screen.getByText(/Die Datei wird erstellt/)).toBeTruthy();
      // a second tap while it works starts nothing more
      fireEvent.click(screen.getByRole('button', { name: 'Tabelle für Analysen (CSV)' }));
      release();
      await waitFor(() => expect(screen.getByText(/Gesichert: netzwerk-check\.json/)).toBeTruthy());
      expect(delivered).toEqual(['netzwerk-check.json']);
      expect(screen.queryByText(/nichts zu sichern/)).toBeNull();
    } finally {
      db.listSessions = list;
    }
  });

  it('says there is nothing to save when no check is stored', async () => {
    await (await storage()).clearChecks();
    render(<DataPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Tabelle für Analysen (Parquet)' }));
    expect(await screen.findByText('Es gibt noch nichts zu sichern.')).toBeTruthy();
    expect(delivered).toEqual([]);
  });

  it('says at once that all checks are too many for one backup file, and still gives the tables', async () => {
    for (let i = 0; i < 2; i++) {
      const s = await createSession({ instrumentId: 'kmu', instrumentVersion: 1, role: 'kmu' });
      await completeSession(s.id, summarizer);
    }
    const db = await storage();
    const events = vi.spyOn(db, 'listEvents');
    render(<DataPanel />);
    await screen.findByText('3', { selector: '[data-testid="count-total"]' });
    fireEvent.click(screen.getByRole('button', { name: 'Alle Checks sichern (Datei)' }));
    expect(await screen.findByText(/zu viele Checks für eine Sicherungsdatei/)).toBeTruthy();
    // no file was built for nothing
    expect(events).not.toHaveBeenCalled();
    expect(delivered).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Tabelle für Analysen (CSV)' }));
    await waitFor(() => expect(delivered).toHaveLength(1));
    events.mockRestore();
  });
});
