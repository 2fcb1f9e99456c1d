import type { AnswerValue } from '../domain/types';
import { storage } from './connection';
import type { SessionRecord } from './types';

/** Which checks a dashboard pools: all, those of one event, or those without an event. */
export type Scope = { kind: 'all' } | { kind: 'none' } | { kind: 'event'; id: string };

/** A stored check with its answers. */
export interface StoredCheck {
  session: SessionRecord;
  answers: Record<string, AnswerValue>;
}

/** The scope a route names: 'all', 'none' (no event) or an event id. */
export const scopeOf = (name: string): Scope =>
  name === 'all' || name === 'none' ? { kind: name } : { kind: 'event', id: name };

/** Whether a check belongs to a scope. */
export const inScope = (s: SessionRecord, scope: Scope) =>
  scope.kind === 'all' ? true : scope.kind === 'none' ? !s.eventId : s.eventId === scope.id;

/** Every completed check in the scope with its answers, read in two requests. */
export async function loadChecks(scope: Scope): Promise<StoredCheck[]> {
  const db = await storage();
  const [sessions, answers] = await Promise.all([db.listSessions(), db.allAnswers()]);
  const byId = new Map<string, StoredCheck>();
  for (const session of sessions)
    if (session.completedAt && inScope(session, scope))
      byId.set(session.id, { session, answers: {} });
  for (const a of answers) {
    const check = byId.get(a.sessionId);
    if (check) check.answers[a.itemId] = a.value;
  }
  // a copy kept after an import conflict is the same check once more: count it only on its own
  const stored = new Set(sessions.map((s) => s.id));
  return [...byId.values()].filter((c) => !c.session.copyOf || !stored.has(c.session.copyOf));
}
