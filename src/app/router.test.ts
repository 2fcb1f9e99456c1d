import { describe, expect, it } from 'vitest';
import { href, parseRoute, type Route } from './router';
import { kioskAllows, routes } from './routes';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { name: 'start' }],
    ['#/', { name: 'start' }],
    ['#/unknown', { name: 'start' }],
    ['#/check/abc/3', { name: 'check', id: 'abc', page: 3 }],
    ['#/check/abc/-2', { name: 'check', id: 'abc', page: 0 }],
    ['#/result/abc', { name: 'result', id: 'abc' }],
    ['#/checks', { name: 'checks' }],
    ['#/method', { name: 'method' }],
    ['#/data', { name: 'data' }],
    ['#/events', { name: 'events' }],
    ['#/event/new', { name: 'eventForm' }],
    ['#/event/e1/edit', { name: 'eventForm', id: 'e1' }],
    ['#/event/e1', { name: 'event', id: 'e1' }],
    ['#/kiosk', { name: 'kiosk' }],
    ['#/kiosk/check/s1/2', { name: 'kioskCheck', id: 's1', page: 2 }],
    ['#/kiosk/result/s1', { name: 'kioskResult', id: 's1' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    if (hash.startsWith('#/') && hash !== '#/unknown' && !hash.includes('-2'))
      expect(href(route)).toBe(hash);
  });
});

describe('route table', () => {
  it.each<[string, Route]>([
    ['#/event/e1/collect', { name: 'collect', id: 'e1' }],
    ['#/dashboard/all', { name: 'dashboard', scope: 'all' }],
    ['#/dashboard/e1', { name: 'dashboard', scope: 'e1' }],
    ['#/projector/all', { name: 'projector', scope: 'all' }],
    ['#/trend/M%C3%BCller%20%2F%20Sohn', { name: 'trend', label: 'Müller / Sohn' }],
    ['#/network', { name: 'network' }],
  ])('%s and back', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(href(route)).toBe(hash);
  });

  it('fills in what an address leaves out, and sends anything else to the start', () => {
    expect(parseRoute('#/dashboard')).toEqual({ name: 'dashboard', scope: 'all' });
    expect(parseRoute('#/check/abc')).toEqual({ name: 'check', id: 'abc', page: 0 });
    expect(parseRoute('#/check')).toEqual({ name: 'start' });
    expect(parseRoute('#/event/e1/unknown')).toEqual({ name: 'start' });
    expect(parseRoute('#/kiosk/check')).toEqual({ name: 'start' });
  });

  it('lets kiosk mode show only its start and the check this screen started', () => {
    const owns = (id: string) => id === 'mine';
    const shown = (hash: string) => kioskAllows(parseRoute(hash), owns);
    expect(shown('#/kiosk')).toBe(true);
    expect(shown('#/kiosk/check/mine/2')).toBe(true);
    expect(shown('#/kiosk/result/mine')).toBe(true);
    expect(shown('#/kiosk/check/other/0')).toBe(false);
    expect(shown('#/kiosk/result/other')).toBe(false);
    for (const hash of ['#/', '#/check/mine/0', '#/result/mine', '#/data', '#/dashboard/all'])
      expect(shown(hash)).toBe(false);
  });

  it('gives every screen but the start and the kiosk views its own loader', () => {
    for (const [name, def] of Object.entries(routes))
      expect('load' in def, name).toBe(name !== 'start' && !('kiosk' in def));
  });
});
