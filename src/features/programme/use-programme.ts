import { useMemo } from 'preact/hooks';
import { poolProgramme, type ProgrammeCheck } from '../../domain/programme';
import type { EventRecord, SessionRecord } from '../../storage/types';
import { firmContent, type KnownCheck } from '../dashboard/use-pool';

/**
 * The network a check belongs to: the network named by the event it was answered at, else, for a
 * network's own check, the name it was given; '' when the check does not say.
 */
export function networkOf(session: SessionRecord, events: ReadonlyMap<string, EventRecord>) {
  const byEvent = session.eventId ? events.get(session.eventId)?.contact?.network : undefined;
  return (byEvent ?? (session.role === 'coordinator' ? session.label : undefined) ?? '').trim();
}

/** Stored checks and events pooled as a programme: firms per network and each network's own checks. */
export function programmeOf(
  state: { checks: readonly KnownCheck[]; events: readonly EventRecord[] },
  min: number,
) {
  const events = new Map(state.events.map((e) => [e.id, e]));
  const firms: ProgrammeCheck[] = [];
  const own: ProgrammeCheck[] = [];
  for (const c of state.checks) {
    const check = {
      id: c.session.id,
      instrument: c.instrument,
      answers: c.answers,
      network: networkOf(c.session, events),
      at: c.session.completedAt ?? c.session.updatedAt,
    };
    (c.instrument.role === 'kmu' ? firms : own).push(check);
  }
  return poolProgramme(firms, own, firmContent, min);
}

/** The programme of the stored checks, recomputed when they or the minimum group change. */
export function useProgramme(
  state: { checks: KnownCheck[]; events: EventRecord[] } | null,
  min: number,
) {
  return useMemo(() => {
    if (!state) return null;
    const started = performance.now();
    const view = programmeOf(state, min);
    // read by the benchmark and visible in the browser's performance panel
    performance.measure('programme:pool', { start: started });
    return view;
  }, [state, min]);
}
