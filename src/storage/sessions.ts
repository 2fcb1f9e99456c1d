import { storage } from './connection';
import type { Role, SessionRecord } from './types';

/** Starts a new check and stores it at once. */
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
  };
  await (await storage()).putSession(session);
  return session;
}

/** One check, or undefined. */
export const getSession = async (id: string) => (await storage()).getSession(id);

/** All checks on this device, most recently changed first. */
export async function listSessions(): Promise<SessionRecord[]> {
  const all = await (await storage()).listSessions();
  return all.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Remembers the page a person is on, so the check resumes there. */
export async function setPosition(id: string, position: number, now = Date.now()) {
  await (await storage()).updateSession(id, (s) => ({ ...s, position, updatedAt: now }));
}

/** Marks a check as completed (the first completion time is kept). */
export async function completeSession(id: string, now = Date.now()) {
  return (await storage()).updateSession(id, (s) => ({
    ...s,
    completedAt: s.completedAt ?? now,
    updatedAt: now,
  }));
}

/** Sets or clears the label (firm or network name) of a check. */
export async function setLabel(id: string, label: string, now = Date.now()) {
  const clean = label.trim().slice(0, 120);
  return (await storage()).updateSession(id, (s) => ({
    ...s,
    label: clean || undefined,
    updatedAt: now,
  }));
}

/** Deletes one check and all its answers. */
export const deleteSession = async (id: string) => (await storage()).deleteSession(id);
