// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdbSeam } from '../storage/seam-idb';
import { connect, resetConnection } from '../storage/connection';
import * as stored from '../storage/kiosk';
import { enterKiosk, leaveKiosk, useKioskMode } from './kiosk-mode';

vi.mock('../storage/kiosk', async (original) => {
  const real = await original<typeof import('../storage/kiosk')>();
  return { ...real, getKiosk: vi.fn(real.getKiosk) };
});

function Probe() {
  const { known, kiosk } = useKioskMode();
  return <p>{!known ? 'unknown' : kiosk ? `kiosk ${kiosk.eventId}` : 'no kiosk'}</p>;
}

describe('kiosk mode in the shell', () => {
  beforeEach(() => {
    resetConnection();
    localStorage.clear();
    vi.mocked(stored.getKiosk).mockClear();
    return connect(() => IdbSeam.open({}, `kiosk-mode-${crypto.randomUUID()}`));
  });
  afterEach(cleanup);

  it('is read once, then kept current without reading again on page turns', async () => {
    render(<Probe />);
    expect(await screen.findByText('no kiosk')).toBeTruthy();
    for (let page = 0; page < 5; page++) {
      history.replaceState(null, '', `#/check/s1/${page}`);
      dispatchEvent(new HashChangeEvent('hashchange'));
    }
    await act(() => enterKiosk('messe'));
    expect(screen.getByText('kiosk messe')).toBeTruthy();
    expect(await stored.getKiosk()).toEqual({ eventId: 'messe' });
    await act(() => leaveKiosk());
    expect(screen.getByText('no kiosk')).toBeTruthy();
    // the one read at start and the one of this test's check above
    expect(stored.getKiosk).toHaveBeenCalledTimes(2);
  });

  it('follows kiosk mode started in another tab', async () => {
    render(<Probe />);
    expect(await screen.findByText('no kiosk')).toBeTruthy();
    // the other tab writes the stored state and the hint; this tab hears of the hint
    await stored.setKiosk({ eventId: 'abend' });
    localStorage.setItem('netzwerk-check.kiosk', '1');
    dispatchEvent(new StorageEvent('storage', { key: 'netzwerk-check.kiosk', newValue: '1' }));
    expect(await screen.findByText('kiosk abend')).toBeTruthy();
  });

  describe('before the first frame', () => {
    // a fresh copy of the module, as at a start of the app with this device's localStorage
    const fresh = async () => {
      vi.resetModules();
      return import('./kiosk-mode');
    };

    it('waits for the stored state while kiosk mode runs, and paints at once after leaving it', async () => {
      await enterKiosk('messe');
      expect(localStorage.getItem('netzwerk-check.kiosk')).toBe('1');
      let m = await fresh();
      function Hinted() {
        const mode = m.useKioskMode();
        return <p>{mode.known ? 'read' : mode.hinted ? 'waits' : 'paints'}</p>;
      }
      render(<Hinted />);
      expect(screen.getByText('waits')).toBeTruthy();
      expect(await screen.findByText('read')).toBeTruthy();
      await act(() => m.leaveKiosk());
      expect(localStorage.getItem('netzwerk-check.kiosk')).toBeNull();
      cleanup();
      m = await fresh();
      render(<Hinted />);
      expect(screen.getByText('paints')).toBeTruthy();
    });

    it('a kiosk whose stored state could not be written still makes the next start wait', async () => {
      const m = await fresh();
      const kioskStore = await import('../storage/kiosk');
      vi.spyOn(kioskStore, 'setKiosk').mockRejectedValueOnce(new Error('disk full'));
      await expect(m.enterKiosk('messe')).rejects.toThrow('disk full');
      expect(localStorage.getItem('netzwerk-check.kiosk')).toBe('1');
    });

    it('a kiosk stored without the hint (started by an older version) takes over once read', async () => {
      await stored.setKiosk({ eventId: 'alt' });
      localStorage.clear();
      const m = await fresh();
      function Old() {
        const { known, kiosk, hinted } = m.useKioskMode();
        return (
          <p>
            {kiosk ? `kiosk ${kiosk.eventId}` : known ? 'no kiosk' : hinted ? 'waits' : 'paints'}
          </p>
        );
      }
      render(<Old />);
      expect(screen.getByText('paints')).toBeTruthy();
      expect(await screen.findByText('kiosk alt')).toBeTruthy();
      expect(localStorage.getItem('netzwerk-check.kiosk')).toBe('1');
    });
  });
});
