import { useMemo } from 'preact/hooks';
import { dimensions } from '../../content/dimensions';
import { poolProgramme, type OwnCheck, type ProgrammeCheck } from '../../domain/programme';
import { programmeNetwork } from '../../domain/programme-network';
import type { EventRecord } from '../../storage/types';
import type { KnownCheck, NetworkCheck } from '../dashboard/use-pool';

/**
 * Stored checks and events pooled as a programme: firms per network (see programmeNetwork) and
 * each network's own checks.
 */
export function programmeOf(
  state: {
    checks: readonly KnownCheck[];
    networks: readonly NetworkCheck[];
    events: readonly EventRecord[];
  },
  min: number,
) {
  const events = new Map(state.events.map((e) => [e.id, e.contact?.network]));
  const place = (c: KnownCheck): ProgrammeCheck => ({
    id: c.id,
    summary: c.summary,
    network: programmeNetwork({
      origin: c.originNetwork,
      event: c.eventId === undefined ? undefined : events.get(c.eventId),
      own: c.instrument.role === 'coordinator' ? c.label : undefined,
    }),
    at: c.completedAt,
  });
  const firms = state.checks.filter((c) => c.instrument.role === 'kmu').map(place);
  const own = state.networks.map((c): OwnCheck => ({
    ...place(c),
    instrument: c.instrument,
    answers: c.answers,
  }));
  return poolProgramme(firms, own, dimensions, min);
}

/** The programme of the stored checks, recomputed when they or the minimum group change. */
export function useProgramme(state: Parameters<typeof programmeOf>[0] | null, min: number) {
  return useMemo(() => {
    if (!state) return null;
    const started = performance.now();
    const view = programmeOf(state, min);
    // read by the benchmark and visible in the browser's performance panel
    performance.measure('programme:pool', { start: started });
    return view;
  }, [state, min]);
}
