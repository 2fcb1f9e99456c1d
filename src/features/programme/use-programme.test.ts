import { describe, expect, it } from 'vitest';
import { kmuInstrument } from '../../content/kmu/instrument';
import { netzwerkInstrument } from '../../content/netzwerk/instrument';
import type { CheckSummary } from '../../domain/summary';
import type { EventRecord } from '../../storage/types';
import type { KnownCheck } from '../dashboard/use-pool';
import { programmeOf } from './use-programme';

const summary: CheckSummary = {
  version: 'test',
  scores: {},
  bands: {},
  barriers: [],
  recommendations: [],
  twins: {},
};
const at = Date.UTC(2026, 0, 5);
const check = (id: string, more: Partial<KnownCheck> = {}): KnownCheck => ({
  id,
  instrumentId: 'kmu',
  instrument: kmuInstrument,
  createdAt: at,
  updatedAt: at,
  completedAt: at,
  summary,
  ...more,
});
const event = (id: string, network: string): EventRecord =>
  ({ id, name: 'Abend', date: '2026-01-05', contact: { network } }) as EventRecord;
/** `n` firms' checks of one device: ids from the prefix, all at the same event. */
const device = (prefix: string, n: number, more: Partial<KnownCheck>) =>
  Array.from({ length: n }, (_, i) => check(`${prefix}-${i}`, more));

describe('the Programm view’s networks', () => {
  it('follow where each check was recorded, not what its event is called', () => {
    // both networks held an event named alike, under the same event network name
    const events = [event('e1', 'Fachkräfte-Netzwerk'), event('e2', 'Fachkräfte-Netzwerk')];
    const checks = [
      ...device('a', 6, { eventId: 'e1', originNetwork: 'Netzwerk Nord' }),
      // the same network's second device, its checks at no event
      ...device('b', 4, { originNetwork: 'Netzwerk Nord' }),
      ...device('c', 7, { eventId: 'e2', originNetwork: 'Netzwerk Süd' }),
      // an older file: no origin, the event says
      ...device('d', 5, { eventId: 'e1' }),
      // nothing says
      ...device('e', 2, {}),
    ];
    const view = programmeOf({ checks, networks: [], events }, 5);
    expect(view.networks.map((n) => [n.network, n.pool.n])).toEqual([
      ['Fachkräfte-Netzwerk', 5],
      ['Netzwerk Nord', 10],
      ['Netzwerk Süd', 7],
      ['', 2],
    ]);
    // each check in one network only
    expect(view.networks.reduce((n, x) => n + x.pool.n, 0)).toBe(checks.length);
    expect(view.overall.pool.n).toBe(checks.length);
  });

  it('place a network’s own check by its origin, else by its name', () => {
    const own = (id: string, more: Partial<KnownCheck>) => ({
      ...check(id, {
        instrumentId: netzwerkInstrument.id,
        instrument: netzwerkInstrument,
        ...more,
      }),
      answers: {},
    });
    const networks = [
      own('n1', { originNetwork: 'Netzwerk Nord', label: 'Nord (alt)' }),
      own('n2', { label: 'Netzwerk Ost' }),
    ];
    const view = programmeOf({ checks: networks, networks, events: [] }, 5);
    expect(view.networks.map((n) => [n.network, n.own !== null, n.pool.n])).toEqual([
      ['Netzwerk Nord', true, 0],
      ['Netzwerk Ost', true, 0],
    ]);
  });
});
