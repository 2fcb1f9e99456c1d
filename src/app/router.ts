// first screen: keep small
import { routes, type Route, type RouteName } from './routes';

export type { Route } from './routes';

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

interface Pattern {
  name: RouteName;
  segments: string[];
  defaults: Readonly<Record<string, string>>;
  /** literal segments: a literal match wins over a parameter ("event/new" over "event/:id") */
  literals: number;
}

const patterns: Pattern[] = Object.entries(routes).flatMap(([name, def]) =>
  def.paths.map((path) => {
    const segments = path ? path.split('/') : [];
    return {
      name: name as RouteName,
      segments,
      defaults: 'defaults' in def ? def.defaults : {},
      literals: segments.filter((s) => !s.startsWith(':')).length,
    };
  }),
);
patterns.sort((a, b) => b.literals - a.literals);

function match(p: Pattern, parts: string[]): Route | null {
  if (parts.length > p.segments.length) return null;
  const route: Record<string, string | number> = { name: p.name };
  for (const [i, seg] of p.segments.entries()) {
    const part = parts[i] ?? '';
    if (!seg.startsWith(':')) {
      if (part !== seg) return null;
      continue;
    }
    const key = seg.slice(1);
    if (key === 'page') route[key] = Math.max(0, Number(part) || 0);
    else if (part) route[key] = decode(part);
    else if (key in p.defaults) route[key] = p.defaults[key] as string;
    else return null;
  }
  return route as Route;
}

/** Reads a route from a location hash like "#/check/<id>/2"; anything unknown is the start. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  for (const p of patterns) {
    const route = match(p, parts);
    if (route) return route;
  }
  return { name: 'start' };
}

const params = (path: string) => path.split('/').filter((s) => s.startsWith(':'));

/** The hash for a route: of its paths, the one that takes the most of the parameters it has. */
export function href(route: Route): string {
  const values = route as Record<string, string | number | undefined>;
  const fits = (p: string) => params(p).every((s) => values[s.slice(1)] !== undefined);
  const path = [...routes[route.name].paths]
    .filter(fits)
    .sort((a, b) => params(b).length - params(a).length)[0];
  const filled = (path ?? '')
    .split('/')
    .map((s) => (s.startsWith(':') ? encodeURIComponent(String(values[s.slice(1)])) : s))
    .join('/');
  return `#/${filled}`;
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
