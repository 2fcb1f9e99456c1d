import type { AnswerValue, Answers } from '../domain/types';
import { storage } from './connection';
import { journalAdd, journalDone, journalEntries, type JournalEntry } from './journal';
import { getStorageStatus, setStorageStatus } from './status';
import type { AnswerRecord } from './types';

/** Answers given but not yet confirmed by IndexedDB (value null = removed). */
const pending = new Map<string, JournalEntry>();
let retryTimer: ReturnType<typeof setTimeout> | undefined;
const RETRY_MS = 3000;

const key = (sessionId: string, itemId: string) => `${sessionId}\u0000${itemId}`;

async function write(rec: JournalEntry) {
  const db = await storage();
  if (rec.value === null) await db.deleteAnswer(rec.sessionId, rec.itemId);
  else await db.putAnswer(rec as AnswerRecord);
  journalDone(rec);
}

function scheduleRetry() {
  if (retryTimer) return;
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    void flushPending();
  }, RETRY_MS);
}

/** Writes answers that failed earlier (e.g. disk full); returns how many are still unsaved. */
export async function flushPending(): Promise<number> {
  for (const [k, rec] of [...pending]) {
    try {
      await write(rec);
      if (pending.get(k) === rec) pending.delete(k);
    } catch {
      break;
    }
  }
  const current = getStorageStatus().problem;
  setStorageStatus({
    unsaved: pending.size,
    problem: pending.size ? 'write-failed' : current === 'write-failed' ? undefined : current,
  });
  if (pending.size) scheduleRetry();
  return pending.size;
}

/** Writes answers a reload or crash interrupted last time (kept in the journal); called at start. */
export async function replayJournal(): Promise<number> {
  const entries = journalEntries();
  if (!entries.length) return 0;
  for (const e of entries) pending.set(key(e.sessionId, e.itemId), e);
  await flushPending();
  return entries.length;
}

/**
 * Stores one answer at once in its own record (null removes it). It is first noted in a
 * synchronous journal, so a reload right after the tap cannot lose it. If the write fails the
 * answer stays in memory, the status says so, and the write is retried.
 */
export async function saveAnswer(
  sessionId: string,
  itemId: string,
  value: AnswerValue | null,
  now = Date.now(),
): Promise<boolean> {
  const rec: JournalEntry = { sessionId, itemId, value, updatedAt: now };
  const k = key(sessionId, itemId);
  journalAdd(rec);
  pending.set(k, rec);
  try {
    await write(rec);
    if (pending.get(k) === rec) pending.delete(k);
    if (pending.size) return (await flushPending()) === 0;
    if (getStorageStatus().unsaved) setStorageStatus({ unsaved: 0, problem: undefined });
    return true;
  } catch {
    setStorageStatus({ unsaved: pending.size, problem: 'write-failed' });
    scheduleRetry();
    return false;
  }
}

/** All answers of one check, including ones still waiting to be written. */
export async function loadAnswers(sessionId: string): Promise<Answers> {
  const out: Record<string, AnswerValue> = {};
  for (const a of await (await storage()).getAnswers(sessionId)) out[a.itemId] = a.value;
  for (const rec of [...journalEntries(), ...pending.values()]) {
    if (rec.sessionId !== sessionId) continue;
    if (rec.value === null) delete out[rec.itemId];
    else out[rec.itemId] = rec.value;
  }
  return out;
}
