import { useEffect, useMemo, useState } from 'preact/hooks';
import { dimensions } from '../../content/dimensions';
import { getInstrument } from '../../content/instruments';
import type { Instrument } from '../../content/schema';
import { MIN_GROUP_DEFAULT, tally, type Pool } from '../../domain/aggregate';
import type { Answers } from '../../domain/types';
import { onChecksChanged } from '../../storage/changes';
import { storage } from '../../storage/connection';
import { listEvents } from '../../storage/events';
import { inScope, listPool, scopeOf, type Progress } from '../../storage/pool';
import { getSetting, putSetting } from '../../storage/settings';
import type { PoolEntry } from '../../storage/snapshot';
import type { EventRecord } from '../../storage/types';
import { summarizer } from '../summary';

/** A completed check's pool entry whose instrument the app knows. */
export interface KnownCheck extends PoolEntry {
  instrument: Instrument;
}

/** A network's check with its answers (its side of the gap view needs them). */
export interface NetworkCheck extends KnownCheck {
  answers: Answers;
}

const MIN_KEY = 'dashboard.minGroup' as const;

/**
 * Every completed check known to the app, and the networks' checks with their answers; checks
 * still to be summarised (after an update) are worked out first, their progress told.
 */
export async function loadKnownChecks(onProgress?: (p: Progress) => void): Promise<{
  checks: KnownCheck[];
  networks: NetworkCheck[];
}> {
  // the entries are read fresh: each takes its instrument itself (no copy of 10,000 objects)
  const checks: KnownCheck[] = [];
  for (const e of await listPool({ kind: 'all' }, summarizer, onProgress)) {
    const instrument = getInstrument(e.instrumentId);
    if (instrument) checks.push(Object.assign(e, { instrument }));
  }
  const db = await storage();
  const networks = await Promise.all(
    checks
      .filter((c) => c.instrument.role === 'coordinator')
      .map(async (c) => ({ ...c, answers: (await db.getSnapshot(c.id))?.answers ?? {} })),
  );
  return { checks, networks };
}

/** All completed checks and events, reloaded whenever checks change in this or another tab. */
export function useStoredChecks() {
  const [state, setState] = useState<{
    checks: KnownCheck[];
    networks: NetworkCheck[];
    events: EventRecord[];
  } | null>(null);
  const [failed, setFailed] = useState(false);
  const [arrivals, setArrivals] = useState(0);
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    let live = true;
    let first = true;
    const load = () => {
      const started = performance.now();
      return Promise.all([loadKnownChecks((p) => live && setProgress(p)), listEvents()])
        .then(([known, events]) => {
          // read by the benchmark and visible in the browser's performance panel
          performance.measure('dashboard:load', { start: started });
          if (!live) return;
          setState({ ...known, events });
          if (!first) setArrivals((n) => n + 1);
          first = false;
        })
        .catch(() => live && setFailed(true));
    };
    void load();
    const off = onChecksChanged(() => void load());
    return () => {
      live = false;
      off();
    };
  }, []);
  return { state, failed, arrivals, progress };
}

/** The minimum group size chosen on this device, and a setter that stores it. */
export function useMinGroup() {
  const [min, setMin] = useState(MIN_GROUP_DEFAULT);
  useEffect(() => {
    void getSetting(MIN_KEY).then((v) => typeof v === 'number' && setMin(v));
  }, []);
  return [
    min,
    (v: number) => {
      setMin(v);
      void putSetting(MIN_KEY, v);
    },
  ] as const;
}

/** The firms' checks of a scope, pooled as the dashboard shows them. */
export function poolFirms(checks: readonly KnownCheck[], scope: string, min?: number) {
  const chosen = scopeOf(scope);
  const firms = checks.filter((c) => c.instrument.role === 'kmu' && inScope(c, chosen));
  const pool = tally(
    firms.map((c) => c.summary),
    dimensions,
    min,
  );
  return { firms, pool };
}

/** The firms' checks of a scope, pooled (measured for the benchmark). */
export function usePool(checks: readonly KnownCheck[] | undefined, scope: string, min: number) {
  return useMemo((): { firms: KnownCheck[]; pool: Pool } | null => {
    if (!checks) return null;
    const started = performance.now();
    const pooled = poolFirms(checks, scope, min);
    performance.measure('dashboard:aggregate', { start: started });
    return pooled;
  }, [checks, scope, min]);
}
