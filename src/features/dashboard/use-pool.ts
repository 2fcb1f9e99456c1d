import { useEffect, useMemo, useState } from 'preact/hooks';
import { triages } from '../../content/barriers';
import { dimensions } from '../../content/dimensions';
import { getInstrument } from '../../content/instruments';
import { kmuRecommendations } from '../../content/recommendations-kmu';
import type { Instrument } from '../../content/schema';
import { aggregate, MIN_GROUP_DEFAULT, type Pool } from '../../domain/aggregate';
import { onChecksChanged } from '../../storage/changes';
import { listEvents } from '../../storage/events';
import { inScope, loadChecks, scopeOf, type StoredCheck } from '../../storage/pool';
import { getSetting, putSetting } from '../../storage/settings';
import type { EventRecord } from '../../storage/types';

/** A stored check whose instrument the app knows. */
export interface KnownCheck extends StoredCheck {
  instrument: Instrument;
}

/** What the dashboard pools for firms: their dimensions, triages and recommendations. */
export const firmContent = { dimensions, triages, recommendations: kmuRecommendations };

const MIN_KEY = 'dashboard.minGroup' as const;

/** All completed checks and events, reloaded whenever checks change in this or another tab. */
export function useStoredChecks() {
  const [state, setState] = useState<{ checks: KnownCheck[]; events: EventRecord[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const [arrivals, setArrivals] = useState(0);
  useEffect(() => {
    let live = true;
    let first = true;
    const load = () => {
      const started = performance.now();
      return Promise.all([loadChecks({ kind: 'all' }), listEvents()])
        .then(([all, events]) => {
          // read by the benchmark and visible in the browser's performance panel
          performance.measure('dashboard:load', { start: started });
          if (!live) return;
          const checks = all.flatMap((c) => {
            const instrument = getInstrument(c.session.instrumentId);
            return instrument ? [{ ...c, instrument }] : [];
          });
          setState({ checks, events });
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
  return { state, failed, arrivals };
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

/** The firms' checks of a scope, pooled. */
export function usePool(checks: readonly KnownCheck[] | undefined, scope: string, min: number) {
  return useMemo((): { firms: KnownCheck[]; pool: Pool } | null => {
    if (!checks) return null;
    const started = performance.now();
    const chosen = scopeOf(scope);
    const firms = checks.filter((c) => c.instrument.role === 'kmu' && inScope(c.session, chosen));
    const pool = aggregate(firms, firmContent, min);
    performance.measure('dashboard:aggregate', { start: started });
    return { firms, pool };
  }, [checks, scope, min]);
}
