import { storage } from './connection';
import type { PoolEntry, Summarizer } from './snapshot';

/** Which checks a dashboard pools: all, those of one event, or those without an event. */
export type Scope = { kind: 'all' } | { kind: 'none' } | { kind: 'event'; id: string };

/** The scope a route names: 'all', 'none' (no event) or an event id. */
export const scopeOf = (name: string): Scope =>
  name === 'all' || name === 'none' ? { kind: name } : { kind: 'event', id: name };

/** Whether a check belongs to a scope. */
export const inScope = (s: { eventId?: string }, scope: Scope) =>
  scope.kind === 'all' ? true : scope.kind === 'none' ? !s.eventId : s.eventId === scope.id;

/**
 * The pool entries of every completed check in the scope (summaries, no answers): what the
 * dashboard, the projector and a programme pool. Stale summaries are worked out again first.
 */
export async function listPool(scope: Scope, summarizer: Summarizer): Promise<PoolEntry[]> {
  const db = await storage();
  const entries = (await db.listPool(summarizer)).filter((e) => inScope(e, scope));
  // a copy kept after an import conflict is the same check once more: count it only on its own
  const originals = await db.storedIds(entries.flatMap((e) => e.copyOf ?? []));
  return entries.filter((e) => !e.copyOf || !originals.has(e.copyOf));
}
