// first screen: keep small
import { getStorageStatus, setStorageStatus } from './status';

const PREFIX = 'netzwerk-check.wa.';
const RETRY_MS = 3000;

/** A kind of small change (an answer, a step of an action plan) written ahead of IndexedDB. */
export interface WriteAhead<T> {
  /** Notes a change synchronously under its key; a newer change of the same key replaces it. */
  note(key: string, entry: T): void;
  /**
   * Notes the change and starts its write in the same task; true once IndexedDB has it and
   * nothing else waits. If the write fails, the note stays, the status says so, and it is retried.
   */
  save(key: string, entry: T): Promise<boolean>;
  /** Changes IndexedDB may not have yet (noted by this page or an earlier one), by key. */
  waiting(): Map<string, T>;
  /** Forgets the changes this matches: a deleted check leaves nothing behind to replay. */
  forget(match: (entry: T) => boolean): void;
}

/** A change as noted: `n` orders changes (also across page loads), `text` is what is stored. */
interface Note {
  n: number;
  text: string;
  entry: unknown;
}

interface Kind {
  prefix: string;
  apply(entry: unknown): Promise<unknown>;
  /** Noted by this page (or replayed) and not yet confirmed by IndexedDB, by key. */
  waiting: Map<string, Note>;
  /** Keys whose write failed or that an earlier page left: the next flush writes them. */
  queued: Set<string>;
}

const kinds = new Map<string, Kind>();
const carries: (() => Promise<void>)[] = [];
let last = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

/** Runs a localStorage call; without localStorage (private mode) or when it is full, memory has to do. */
function local<T>(use: (s: Storage) => T): T | undefined {
  try {
    return use(localStorage);
  } catch {
    return undefined;
  }
}

/** The notes an earlier page (or another tab) left in localStorage for this kind. */
function stored(kind: Kind): Map<string, Note> {
  const out = new Map<string, Note>();
  local((s) => {
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      const text = k?.startsWith(kind.prefix) ? s.getItem(k) : null;
      if (!k || text === null) continue;
      try {
        const [n, entry] = JSON.parse(text) as [number, unknown];
        out.set(k.slice(kind.prefix.length), { n, text, entry });
      } catch {
        /* a damaged note: nothing to replay */
      }
    }
  });
  return out;
}

function noteChange(kind: Kind, key: string, entry: unknown): Note {
  last = Math.max(last + 1, Date.now());
  const note = { n: last, text: JSON.stringify([last, entry]), entry };
  kind.waiting.set(key, note);
  local((s) => s.setItem(kind.prefix + key, note.text));
  return note;
}

/** Writes a note (unless a newer change replaced it or it was forgotten), then drops it. */
async function write(kind: Kind, key: string, note: Note) {
  if (kind.waiting.get(key) !== note) return;
  await kind.apply(note.entry);
  // a newer change of the same key is on its way: its note stays
  if (kind.waiting.get(key) !== note) return;
  kind.waiting.delete(key);
  kind.queued.delete(key);
  const k = kind.prefix + key;
  local((s) => s.getItem(k) === note.text && s.removeItem(k));
}

const unsaved = () => [...kinds.values()].reduce((n, k) => n + k.queued.size, 0);

function scheduleRetry() {
  retryTimer ??= setTimeout(() => {
    retryTimer = undefined;
    void flushWrites();
  }, RETRY_MS);
}

/** Writes the changes that failed earlier (e.g. disk full), oldest first; returns how many are still unsaved. */
export async function flushWrites(): Promise<number> {
  const queue = [...kinds.values()]
    .flatMap((kind) => [...kind.queued].map((key) => ({ kind, key, note: kind.waiting.get(key) })))
    .sort((a, b) => (a.note?.n ?? 0) - (b.note?.n ?? 0));
  for (const { kind, key, note } of queue) {
    if (!note) kind.queued.delete(key);
    else
      try {
        await write(kind, key, note);
      } catch {
        break;
      }
  }
  const n = unsaved();
  const current = getStorageStatus().problem;
  setStorageStatus({
    unsaved: n,
    problem: n ? 'write-failed' : current === 'write-failed' ? undefined : current,
  });
  if (n) scheduleRetry();
  else {
    clearTimeout(retryTimer);
    retryTimer = undefined;
  }
  return n;
}

/**
 * One write-ahead log for every change tapped or typed: each is noted in localStorage under a key
 * of its own, synchronously, before its IndexedDB write starts, and forgotten once that write has
 * committed. A reload or crash in between leaves the note; replayWrites writes it at the next
 * start. A change writes one short item and reads nothing else. `apply` writes one entry.
 */
export function writeAhead<T>(name: string, apply: (entry: T) => Promise<unknown>): WriteAhead<T> {
  const kind: Kind = {
    prefix: `${PREFIX}${name}:`,
    apply: apply as Kind['apply'],
    waiting: new Map(),
    queued: new Set(),
  };
  kinds.set(name, kind);
  return {
    note: (key, entry) => void noteChange(kind, key, entry),
    async save(key, entry) {
      const note = noteChange(kind, key, entry);
      try {
        await write(kind, key, note);
      } catch {
        if (kind.waiting.get(key) === note) kind.queued.add(key);
        setStorageStatus({ unsaved: unsaved(), problem: 'write-failed' });
        scheduleRetry();
        return false;
      }
      if (unsaved()) return (await flushWrites()) === 0;
      if (getStorageStatus().unsaved) setStorageStatus({ unsaved: 0, problem: undefined });
      return true;
    },
    waiting: () =>
      new Map(
        [...stored(kind), ...kind.waiting].map(([key, note]) => [key, note.entry as T] as const),
      ),
    forget(match) {
      for (const [key, note] of [...stored(kind), ...kind.waiting]) {
        if (!match(note.entry as T)) continue;
        kind.waiting.delete(key);
        kind.queued.delete(key);
        local((s) => s.removeItem(kind.prefix + key));
      }
    },
  };
}

/**
 * Hands what an older version of the app noted under `oldKey` to `take` (which notes it anew)
 * at the next replay, then removes it; a crash in between only carries it over again.
 */
export function carryOver<T>(oldKey: string, take: (old: T) => void | Promise<void>) {
  carries.push(async () => {
    const text = local((s) => s.getItem(oldKey));
    if (text === null || text === undefined) return;
    try {
      await take(JSON.parse(text) as T);
    } catch {
      return; // damaged, or not readable now: kept for the next start
    }
    local((s) => s.removeItem(oldKey));
  });
}

/**
 * Writes every change a reload or crash interrupted last time, of every kind, oldest first;
 * called once at start. Returns how many there were.
 */
export async function replayWrites(): Promise<number> {
  await Promise.all(carries.map((carry) => carry()));
  let n = 0;
  for (const kind of kinds.values())
    for (const [key, note] of stored(kind)) {
      // a change this page made meanwhile is newer than the note
      if (!kind.waiting.has(key)) kind.waiting.set(key, note);
      kind.queued.add(key);
      n++;
    }
  if (n) await flushWrites();
  return n;
}
