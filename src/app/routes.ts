// first screen: keep small
import type { ComponentType } from 'preact';

/** A screen loaded on demand: its own chunk, fetched when its route is first shown. */
type Load<P> = () => Promise<ComponentType<P>>;

/** The main navigation's sections; a route names the one it belongs to. */
export type NavSection = 'checks' | 'events' | 'data' | 'method';

interface RouteDef {
  /** Hash paths after "#/"; ":name" is a parameter ("page" is a number), the first is the canonical one. */
  paths: readonly string[];
  /** The screen; none: the start screen (or, for kiosk routes, the kiosk's own views). */
  load?: Load<never>;
  /** Parameters that may be left out of the address. */
  defaults?: Readonly<Record<string, string>>;
  /** Shown in kiosk mode: 'open' always, 'own' only for the check this kiosk screen started. */
  kiosk?: 'open' | 'own';
  nav?: NavSection;
  /** Shown without the app's header (the projector view). */
  bare?: true;
  /** A waiting update is never offered here (inside a questionnaire). */
  noUpdate?: true;
}

/** Every screen of the app: the router, the screen switch and the kiosk's allow-list read this. */
export const routes = {
  start: { paths: [''] },
  check: {
    paths: ['check/:id/:page'],
    load: () => import('../features/questionnaire/Questionnaire').then((m) => m.Questionnaire),
    noUpdate: true,
  },
  result: {
    paths: ['result/:id'],
    load: () => import('../features/results/Result').then((m) => m.Result),
  },
  checks: {
    paths: ['checks'],
    load: () => import('../features/history/Checks').then((m) => m.Checks),
    nav: 'checks',
  },
  trend: {
    paths: ['trend/:label'],
    load: () => import('../features/history/Trend').then((m) => m.Trend),
    nav: 'checks',
  },
  method: {
    paths: ['method'],
    load: () => import('../features/method/Method').then((m) => m.Method),
    nav: 'method',
  },
  data: {
    paths: ['data'],
    load: () => import('../features/data/DataPanel').then((m) => m.DataPanel),
    nav: 'data',
  },
  events: {
    paths: ['events'],
    load: () => import('../features/event/Events').then((m) => m.Events),
    nav: 'events',
  },
  eventForm: {
    paths: ['event/new', 'event/:id/edit'],
    load: () => import('../features/event/EventForm').then((m) => m.EventForm),
    nav: 'events',
  },
  collect: {
    paths: ['event/:id/collect'],
    load: () => import('../features/handover/Collect').then((m) => m.Collect),
    nav: 'events',
  },
  event: {
    paths: ['event/:id'],
    load: () => import('../features/event/EventDetail').then((m) => m.EventDetail),
    nav: 'events',
  },
  network: {
    paths: ['network'],
    load: () => import('../features/event/NetworkProfile').then((m) => m.NetworkProfile),
    nav: 'events',
  },
  dashboard: {
    paths: ['dashboard/:scope'],
    defaults: { scope: 'all' },
    load: () => import('../features/dashboard/Dashboard').then((m) => m.Dashboard),
  },
  programme: {
    paths: ['programme'],
    load: () => import('../features/programme/Programme').then((m) => m.Programme),
    nav: 'data',
  },
  projector: {
    paths: ['projector/:scope'],
    defaults: { scope: 'all' },
    load: () => import('../features/dashboard/Projector').then((m) => m.Projector),
    bare: true,
  },
  kiosk: { paths: ['kiosk'], kiosk: 'open' },
  kioskCheck: { paths: ['kiosk/check/:id/:page'], kiosk: 'own' },
  kioskResult: { paths: ['kiosk/result/:id'], kiosk: 'own' },
} as const satisfies Record<string, RouteDef>;

type Routes = typeof routes;
/** The name of a screen. */
export type RouteName = keyof Routes;

type Param<S extends string> = S extends `:${infer K}` ? K : never;
type Keys<P extends string> = P extends `${infer A}/${infer B}` ? Param<A> | Keys<B> : Param<P>;
type Value<K extends string> = K extends 'page' ? number : string;
type Paths<N extends RouteName> = Routes[N]['paths'];
type Required<N extends RouteName> = Keys<Paths<N>[0]>;
type Optional<N extends RouteName> = Exclude<Keys<Paths<N>[number]>, Required<N>>;
type Flat<T> = { [K in keyof T]: T[K] };

/** A screen with its parameters, e.g. { name: 'check', id, page }. */
export type Route = {
  [N in RouteName]: Flat<
    { name: N } & { [K in Required<N>]: Value<K> } & { [K in Optional<N>]?: Value<K> }
  >;
}[RouteName];

/** The table entry of a route. */
export const routeDef = (route: Route): RouteDef => routes[route.name];

/** The lazily loaded screen of a route and its props, or null for the start screen. */
export function screenOf(route: Route): { load: Load<object>; props: object } | null {
  const { name: _name, ...props } = route;
  const load = routeDef(route).load as Load<object> | undefined;
  return load ? { load, props } : null;
}

/** Whether kiosk mode shows this route; owns tells whether this screen started the given check. */
export function kioskAllows(route: Route, owns: (checkId: string) => boolean): boolean {
  const kiosk = routeDef(route).kiosk;
  return kiosk === 'open' || (kiosk === 'own' && 'id' in route && !!route.id && owns(route.id));
}
