import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  notePlan,
  planNote,
  setPlanEntry,
  type Plan,
  type PlanFields,
} from '../../storage/sessions';
import type { SessionRecord } from '../../storage/types';

/**
 * The action plan of one check. Every change is noted synchronously and written to IndexedDB,
 * ticks at once and typing after a short pause (and on blur, pagehide and when hidden).
 */
export function usePlan(session: SessionRecord) {
  const { id } = session;
  const dirty = useRef(new Set<string>());
  const [plan, setPlan] = useState<Plan>(() => {
    const stored: Plan = Object.fromEntries(
      (session.plan ?? []).map((p) => [p.recommendationId, p]),
    );
    const noted = planNote(id);
    if (!noted) return stored;
    // the page went before IndexedDB had the last change: write it now
    for (const rec of Object.keys({ ...stored, ...noted })) dirty.current.add(rec);
    return noted;
  });
  const latest = useRef(plan);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (!dirty.current.size) return;
    const done = latest.current;
    const writes = [...dirty.current].map((rec) => setPlanEntry(id, rec, done[rec] ?? null));
    dirty.current.clear();
    void Promise.all(writes).then(() => latest.current === done && notePlan(id, null));
  }, [id]);

  useEffect(() => {
    flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      flush();
    };
  }, [flush]);

  /** Changes one step; `typing` waits briefly so not every keystroke is a write. */
  const set = (rec: string, fields: PlanFields | null, typing = false) => {
    const next = { ...latest.current };
    if (fields) next[rec] = fields;
    else delete next[rec];
    latest.current = next;
    notePlan(id, next);
    setPlan(next);
    dirty.current.add(rec);
    clearTimeout(timer.current);
    if (typing) timer.current = setTimeout(flush, 400);
    else flush();
  };
  return { plan, set, flush };
}
