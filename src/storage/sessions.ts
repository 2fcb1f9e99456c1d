import { forgetAnswers } from './answers';
import { announceChecksChanged } from './changes';
import { storage } from './connection';
import { originHere } from './device';
import { cleanFollowUp, cleanLabel, cleanPlanFields, type PlanFields } from './schema/clean';
import type { Summarizer } from './snapshot';
import type { FollowUp, Role, SessionRecord } from './types';
import { carryOver, writeAhead } from './write-ahead';

export type { PlanFields } from './schema/clean';

/** Starts a new check and stores it at once, with where it comes from (at an event: its kiosk). */
export async function createSession(
  init: {
    instrumentId: string;
    instrumentVersion: number;
    role: Role;
    label?: string;
    eventId?: string;
  },
  now = Date.now(),
): Promise<SessionRecord> {
  const session: SessionRecord = {
    id: crypto.randomUUID(),
    ...init,
    createdAt: now,
    updatedAt: now,
    position: 0,
    origin: await originHere(init.eventId ? 'kiosk' : 'here'),
  };
  await (await storage()).putSession(session);
  return session;
}

/** One check, or undefined. */
export const getSession = async (id: string) => (await storage()).getSession(id);

/**
 * Whether a screen may show this one check on its own: not a visitor's check at an event, unless
 * they left their contact for a follow-up or handed it over themselves (the dashboard pools all).
 */
export const opensSingly = (s: SessionRecord) => !s.eventId || !!s.followUp || !!s.handedOver;

/** Stores a visitor's wish for a follow-up with the consent line they agreed to. */
export async function setFollowUp(id: string, followUp: FollowUp | undefined, now = Date.now()) {
  await (
    await storage()
  ).updateSession(id, (s) => ({
    ...s,
    followUp: followUp && cleanFollowUp(followUp),
    updatedAt: now,
  }));
}

/** All checks on this device, most recently changed first. */
export async function listSessions(): Promise<SessionRecord[]> {
  const all = await (await storage()).listSessions();
  return all.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** The checks not yet completed, most recently changed first. */
export async function listOpenSessions(): Promise<SessionRecord[]> {
  const open = await (await storage()).listOpenSessions();
  return open.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Remembers the page a person is on, so the check resumes there. */
export async function setPosition(id: string, position: number, now = Date.now()) {
  await (await storage()).updateSession(id, (s) => ({ ...s, position, updatedAt: now }));
}

/**
 * Marks a check as completed (the first completion time is kept) and writes it as a whole, with
 * its summary, in the same transaction.
 */
export async function completeSession(id: string, summarizer: Summarizer, now = Date.now()) {
  const done = await (
    await storage()
  ).updateSession(
    id,
    (s) => ({ ...s, completedAt: s.completedAt ?? now, updatedAt: now }),
    summarizer,
  );
  // a dashboard or projector open in another tab takes the new check in
  announceChecksChanged();
  return done;
}

/** A label as re-assessment matches it: the same firm whatever the spacing or capitals. */
export const labelKey = (label: string) => label.trim().toLocaleLowerCase('de');

/** Sets or clears the label (firm or network name) of a check. */
export async function setLabel(id: string, label: string, now = Date.now()) {
  return (await storage()).updateSession(id, (s) => ({
    ...s,
    label: cleanLabel(label),
    updatedAt: now,
  }));
}

/** Marks a check as Testlauf (or no longer): pooled screens then leave it out unless asked. */
export async function setTestRun(id: string, testRun: boolean, now = Date.now()) {
  const done = await (
    await storage()
  ).updateSession(id, (s) => ({ ...s, testRun: testRun || undefined, updatedAt: now }));
  announceChecksChanged();
  return done;
}

/** Sets or changes (fields) or removes (null) one recommendation in a check's action plan. */
export async function setPlanEntry(
  id: string,
  recommendationId: string,
  fields: PlanFields | null,
  now = Date.now(),
) {
  return (await storage()).updateSession(id, (s) => {
    const plan = (s.plan ?? []).filter((p) => p.recommendationId !== recommendationId);
    if (fields) plan.push({ recommendationId, ...cleanPlanFields(fields), updatedAt: now });
    return { ...s, plan: plan.length ? plan : undefined, updatedAt: now };
  });
}

/** A check's action plan by recommendation id. */
export type Plan = Record<string, PlanFields>;

/** One step of a check's plan set (fields) or removed (null), perhaps not yet in IndexedDB. */
interface PlanChange {
  id: string;
  recommendationId: string;
  fields: PlanFields | null;
  at: number;
}

/**
 * Changes of plan steps, noted ahead synchronously (so closing the page before the IndexedDB
 * write cannot lose the last keystroke) and written by `save`; the next start writes what is left.
 */
export const planWrites = writeAhead<PlanChange>('plan', (c) =>
  setPlanEntry(c.id, c.recommendationId, c.fields, c.at),
);

/** The key and entry of a change of one plan step (fields, or null: removed), for planWrites. */
export const planChange = (id: string, rec: string, fields: PlanFields | null, at = Date.now()) =>
  [JSON.stringify([id, rec]), { id, recommendationId: rec, fields, at }] as const;

// plans noted before one write-ahead log served answers and plans: each check's whole plan, so a
// step stored but missing from the note had been removed
carryOver('netzwerk-check.plan', async (old: Record<string, Plan>) => {
  const now = Date.now();
  for (const [id, plan] of Object.entries(old)) {
    const stored = (await getSession(id))?.plan?.map((p) => p.recommendationId) ?? [];
    for (const rec of new Set([...stored, ...Object.keys(plan)]))
      planWrites.note(...planChange(id, rec, plan[rec] ?? null, now));
  }
});

/** The plan steps of this check changed but perhaps not yet in IndexedDB, by recommendation id. */
export const planWaiting = (id: string): Map<string, PlanFields | null> =>
  new Map(
    [...planWrites.waiting().values()]
      .filter((c) => c.id === id)
      .map((c) => [c.recommendationId, c.fields]),
  );

/** Forgets what is noted ahead for one check, or for all: deleted checks leave no names or notes behind. */
export function forgetNotes(id?: string) {
  forgetAnswers(id);
  planWrites.forget((c) => id === undefined || c.id === id);
}

/** Deletes one check, all its answers and its noted plan. */
export async function deleteSession(id: string) {
  // first, so no write still waiting can bring its answers back
  forgetNotes(id);
  await (await storage()).deleteSession(id);
  announceChecksChanged();
}
