import { storage } from '../connection';
import { FORMAT, FORMAT_VERSION } from './format';
import type { AnswerRecord, ExportFile, ExportedSession, SessionRecord } from '../types';
import type { Summarizer } from '../snapshot';
import { planMerge, toExported, type MergePlan } from './merge';
import { announceChecksChanged } from '../changes';
import { forgetNotes } from '../sessions';
import { deviceNames, learnDeviceNames } from '../device';

const EXPORTED_KEY = 'backup.exported';
const LAST_EXPORT_KEY = 'backup.lastExportAt';

/** Every check with its answers, keyed by id. */
export async function dumpChecks(): Promise<Map<string, ExportedSession>> {
  const db = await storage();
  const [sessions, answers] = await Promise.all([db.listSessions(), db.allAnswers()]);
  const bySession = new Map<string, AnswerRecord[]>();
  for (const a of answers)
    (bySession.get(a.sessionId) ?? bySession.set(a.sessionId, []).get(a.sessionId)!).push(a);
  return new Map(sessions.map((s) => [s.id, toExported(s, bySession.get(s.id) ?? [])]));
}

/** Builds an export file of the given checks (all when ids is omitted). */
export async function buildExport(ids?: readonly string[], now = Date.now()): Promise<ExportFile> {
  const all = await dumpChecks();
  const sessions = ids ? ids.flatMap((id) => all.get(id) ?? []) : [...all.values()];
  sessions.sort((a, b) => a.createdAt - b.createdAt);
  const wanted = new Set(sessions.map((s) => s.eventId));
  const events = (await (await storage()).listEvents())
    .filter((e) => !ids || wanted.has(e.id))
    .sort((a, b) => a.createdAt - b.createdAt);
  const names = await deviceNames();
  const devices = Object.fromEntries(
    [...new Set(sessions.flatMap((s) => s.origin?.device ?? []))].flatMap((d) =>
      names[d] ? [[d, names[d]]] : [],
    ),
  );
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    sessions,
    events,
    ...(Object.keys(devices).length && { devices }),
  };
}

/** Remembers which versions of which checks were exported, and when. */
export async function markExported(sessions: readonly SessionRecord[], now = Date.now()) {
  const db = await storage();
  const done = (await db.getSetting<Record<string, number>>(EXPORTED_KEY)) ?? {};
  for (const s of sessions) done[s.id] = s.updatedAt;
  await db.putSetting(EXPORTED_KEY, done);
  await db.putSetting(LAST_EXPORT_KEY, now);
}

/** Number of checks changed since they were last exported, and the time of the last export. */
export async function exportState(): Promise<{
  total: number;
  unexported: number;
  lastExportAt?: number;
}> {
  const db = await storage();
  const [sessions, done, last] = await Promise.all([
    db.listSessions(),
    db.getSetting<Record<string, number>>(EXPORTED_KEY),
    db.getSetting<number>(LAST_EXPORT_KEY),
  ]);
  const unexported = sessions.filter((s) => (done?.[s.id] ?? -1) < s.updatedAt).length;
  return { total: sessions.length, unexported, lastExportAt: last };
}

/** The stored checks an import of these checks can meet: the same ids, and copies kept of them. */
async function storedMatches(incoming: readonly ExportedSession[]) {
  const db = await storage();
  // only the file's own ids and their copies are looked up; answers only of the few found here
  const hits = await db.sessionsMatching([...new Set(incoming.map((s) => s.id))]);
  const found = await Promise.all(
    hits.map(async (s) => [s.id, toExported(s, await db.getAnswers(s.id))] as const),
  );
  return new Map(found);
}

/** What importing these checks would do (nothing is written). */
export async function previewImport(file: ExportFile): Promise<MergePlan> {
  const existing = await storedMatches(file.sessions);
  const plan = planMerge(existing, file.sessions, () => crypto.randomUUID());
  plan.devices = { ...file.devices };
  const db = await storage();
  for (const e of file.events) {
    const cur = await db.getEvent(e.id);
    if (!cur || e.updatedAt > cur.updatedAt) plan.events.push(e);
  }
  return plan;
}

const split = (s: ExportedSession) => {
  const { answers, ...session } = s;
  return {
    session: session as SessionRecord,
    answers: Object.entries(answers).map(([itemId, a]) => ({ sessionId: s.id, itemId, ...a })),
  };
};

/**
 * Writes a planned import in one transaction: new checks, newer versions, and copies of the older
 * ones; completed ones as a whole, with their summary. Each keeps where it came from; the names of
 * devices the file gave are remembered.
 */
export async function applyImport(plan: MergePlan, summarizer: Summarizer): Promise<number> {
  const writes: ExportedSession[] = [...plan.added];
  for (const c of plan.conflicts) {
    if (c.keepIncoming) writes.push(c.incoming);
    writes.push(c.copy);
  }
  const db = await storage();
  if (writes.length || plan.events.length)
    await db.writeChecks(writes.map(split), plan.events, summarizer);
  await learnDeviceNames(plan.devices);
  if (writes.length) announceChecksChanged();
  return writes.length;
}

/** Deletes every check on this device (settings such as the language stay). */
export async function deleteAllChecks() {
  // first, so no write still waiting can bring a check's answers back
  forgetNotes();
  await (await storage()).clearChecks();
  announceChecksChanged();
}
