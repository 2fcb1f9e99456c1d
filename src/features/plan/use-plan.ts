import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  planChange,
  planWaiting,
  planWrites,
  type Plan,
  type PlanFields,
} from '../../storage/sessions';
import type { SessionRecord } from '../../storage/types';

/**
 * The action plan of one check. Every change is noted ahead synchronously and written to
 * IndexedDB, ticks at once and typing after a short pause (and on blur, pagehide and when hidden).
 */
export function usePlan(session: SessionRecord) {
  const { id } = session;
  const dirty = useRef(new Set<string>());
  const [plan, setPlan] = useState<Plan>(() => {
    const shown: Plan = Object.fromEntries(
      (session.plan ?? []).map((p) => [p.recommendationId, p]),
    );
    // changes IndexedDB may not have yet (the start writes them): shown as they were made
    for (const [rec, fields] of planWaiting(id)) {
      if (fields) shown[rec] = fields;
      else delete shown[rec];
    }
    return shown;
  });
  const latest = useRef(plan);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    for (const rec of dirty.current)
      void planWrites.save(...planChange(id, rec, latest.current[rec] ?? null));
    dirty.current.clear();
  }, [id]);

  useEffect(() => {
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
    planWrites.note(...planChange(id, rec, fields));
    setPlan(next);
    dirty.current.add(rec);
    clearTimeout(timer.current);
    if (typing) timer.current = setTimeout(flush, 400);
    else flush();
  };
  return { plan, set, flush };
}
