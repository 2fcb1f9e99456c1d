// first screen: keep small
import type { AnswerValue } from '../domain/types';

const KEY = 'netzwerk-check.journal';

/** An answer given but perhaps not yet committed to IndexedDB (null = removed). */
export interface JournalEntry {
  sessionId: string;
  itemId: string;
  value: AnswerValue | null;
  updatedAt: number;
}

const read = (): Record<string, JournalEntry> => {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, JournalEntry>;
  } catch {
    return {};
  }
};

const write = (j: Record<string, JournalEntry>) => {
  try {
    if (Object.keys(j).length) localStorage.setItem(KEY, JSON.stringify(j));
    else localStorage.removeItem(KEY);
  } catch {
    /* no localStorage (private mode): IndexedDB alone has to do */
  }
};

const key = (e: { sessionId: string; itemId: string }) => `${e.sessionId}\u0000${e.itemId}`;

/**
 * Notes an answer synchronously before its IndexedDB write starts, so a reload or crash in the
 * few milliseconds before the transaction commits cannot lose it; replayed at the next start.
 */
export function journalAdd(entry: JournalEntry) {
  const j = read();
  j[key(entry)] = entry;
  write(j);
}

/** Forgets an entry once IndexedDB has it (only if no newer answer replaced it meanwhile). */
export function journalDone(entry: JournalEntry) {
  const j = read();
  const k = key(entry);
  if (JSON.stringify(j[k]) === JSON.stringify(entry)) {
    delete j[k];
    write(j);
  }
}

/** Entries still waiting to be confirmed. */
export const journalEntries = (): JournalEntry[] => Object.values(read());
