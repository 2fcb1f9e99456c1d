import { describe, expect, it } from 'vitest';
import { href, parseRoute, type Route } from './router';

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
