import { announceChecksChanged } from './changes';
import { storage } from './connection';
import { originHere } from './device';
import { cleanFollowUp, cleanLabel, cleanPlanFields, type PlanFields } from './schema/clean';
import type { Summarizer } from './snapshot';
import type { FollowUp, Role, SessionRecord } from './types';

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

const PLAN_NOTE = 'netzwerk-check.plan';

/** A check's action plan by recommendation id. */
export type Plan = Record<string, PlanFields>;

const notes = (): Record<string, Plan> => {
  try {
    return JSON.parse(localStorage.getItem(PLAN_NOTE) ?? '{}') as Record<string, Plan>;
  } catch {
    return {};
  }
};

/**
 * Notes a check's plan synchronously (null forgets it), so closing the page before the
 * IndexedDB write cannot lose the last keystroke; read back by planNote at the next visit.
 */
export function notePlan(id: string, plan: Plan | null) {
  const all = notes();
  if (plan) all[id] = plan;
  else delete all[id];
  try {
    localStorage.setItem(PLAN_NOTE, JSON.stringify(all));
  } catch {
    /* no localStorage (private mode): IndexedDB alone has to do */
  }
}

/** The plan noted for this check that IndexedDB may not have yet. */
export const planNote = (id: string): Plan | undefined => notes()[id];

/** Forgets every noted plan: deleted checks leave no names or notes behind. */
export function forgetPlanNotes() {
  try {
    localStorage.removeItem(PLAN_NOTE);
  } catch {
    /* no localStorage: nothing was noted */
  }
}

/** Deletes one check, all its answers and its noted plan. */
export async function deleteSession(id: string) {
  await (await storage()).deleteSession(id);
  notePlan(id, null);
  announceChecksChanged();
}
