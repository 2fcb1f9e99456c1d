// first screen: keep small

/** The screens of the app and their parameters. */
export type Route =
  | { name: 'start' }
  | { name: 'check'; id: string; page: number }
  | { name: 'result'; id: string }
  | { name: 'checks' }
  | { name: 'method' }
  | { name: 'data' }
  | { name: 'events' }
  | { name: 'event'; id: string }
  | { name: 'eventForm'; id?: string }
  | { name: 'kiosk' }
  | { name: 'kioskCheck'; id: string; page: number }
  | { name: 'kioskResult'; id: string }
  | { name: 'dashboard'; scope: string }
  | { name: 'projector'; scope: string }
  | { name: 'trend'; label: string }
  | { name: 'collect'; id: string }
  | { name: 'network' };

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Reads a route from a location hash like "#/check/<id>/2". */
export function parseRoute(hash: string): Route {
  const [, name, a, b, c] = hash.replace(/^#/, '').split('/');
  const page = (p: string | undefined) => Math.max(0, Number(p) || 0);
  if (name === 'check' && a) return { name: 'check', id: a, page: page(b) };
  if (name === 'result' && a) return { name: 'result', id: a };
  if (name === 'event' && a === 'new') return { name: 'eventForm' };
  if (name === 'event' && a && b === 'edit') return { name: 'eventForm', id: a };
  if (name === 'event' && a && b === 'collect') return { name: 'collect', id: a };
  if (name === 'event' && a) return { name: 'event', id: a };
  if (name === 'kiosk' && a === 'check' && b) return { name: 'kioskCheck', id: b, page: page(c) };
  if (name === 'kiosk' && a === 'result' && b) return { name: 'kioskResult', id: b };
  if (name === 'dashboard' || name === 'projector') return { name, scope: a || 'all' };
  if (name === 'trend' && a) return { name, label: safeDecode(a) };
  if (
    name === 'checks' ||
    name === 'method' ||
    name === 'data' ||
    name === 'events' ||
    name === 'network' ||
    name === 'kiosk'
  )
    return { name };
  return { name: 'start' };
}

/** The hash for a route. */
export function href(route: Route): string {
  switch (route.name) {
    case 'check':
      return `#/check/${route.id}/${route.page}`;
    case 'result':
      return `#/result/${route.id}`;
    case 'event':
      return `#/event/${route.id}`;
    case 'eventForm':
      return route.id ? `#/event/${route.id}/edit` : '#/event/new';
    case 'kioskCheck':
      return `#/kiosk/check/${route.id}/${route.page}`;
    case 'kioskResult':
      return `#/kiosk/result/${route.id}`;
    case 'dashboard':
    case 'projector':
      return `#/${route.name}/${route.scope}`;
    case 'collect':
      return `#/event/${route.id}/collect`;
    case 'trend':
      return `#/trend/${encodeURIComponent(route.label)}`;
    case 'start':
      return '#/';
    default:
      return `#/${route.name}`;
  }
}

/** Goes to a route; replace keeps the browser history from growing. */
export function navigate(route: Route, replace = false) {
  const target = href(route);
  if (replace) {
    history.replaceState(null, '', target);
    dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = target;
  }
}
