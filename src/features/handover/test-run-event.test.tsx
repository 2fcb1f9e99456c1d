// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getInstrument } from '../../content/instruments';
import { decodeHandover } from '../../domain/handover';
import { connect, resetConnection, storage } from '../../storage/connection';
import { MemorySeam } from '../../storage/seam-memory';
import type { SessionRecord } from '../../storage/types';
import { Handover } from './Handover';

const shown = vi.hoisted(() => ({ text: '' }));
vi.mock('./QrCode', () => ({
  QrCode: ({ text }: { text: string }) => ((shown.text = text), (<p>QR</p>)),
}));

const at = Date.UTC(2026, 10, 20);
const event = (testRun: boolean) => ({
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Probe im Team',
  date: '2026-11-20',
  instrumentId: 'kmu',
  idleSeconds: 90,
  keepPartial: false,
  privacy: 'feedback' as const,
  createdAt: at,
  updatedAt: at,
  ...(testRun && { testRun: true }),
});
const session: SessionRecord = {
  id: '22222222-2222-4222-8222-222222222222',
  instrumentId: 'kmu',
  instrumentVersion: 1,
  role: 'kmu',
  eventId: event(false).id,
  createdAt: at,
  updatedAt: at,
  completedAt: at,
  position: 0,
};

/** The check the QR code carries after the person has agreed to show it. */
async function handedOver() {
  shown.text = '';
  render(<Handover session={session} instrument={getInstrument('kmu')!} answers={{ 'd2-1': 4 }} />);
  fireEvent.click(screen.getByRole('button', { name: 'An das Veranstaltungsteam übergeben' }));
  fireEvent.click(await screen.findByRole('button', { name: 'QR-Code zeigen' }));
  await waitFor(() => expect(shown.text).not.toBe(''));
  return decodeHandover(shown.text, getInstrument);
}

afterEach(cleanup);

describe('a check of a Testlauf event handed over by QR code', () => {
  beforeEach(async () => {
    resetConnection();
    await connect(async () => new MemorySeam());
  });

  it('arrives as a Testlauf, and one of a real event as no Testlauf', async () => {
    await (await storage()).putEvent(event(true));
    expect(await handedOver()).toMatchObject({ check: { id: session.id, testRun: true } });
    cleanup();
    await (await storage()).putEvent(event(false));
    const real = await handedOver();
    expect(real).toMatchObject({ check: { id: session.id } });
    expect(real).not.toHaveProperty('check.testRun');
  });
});
