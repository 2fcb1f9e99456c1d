import { useEffect, useState } from 'preact/hooks';
import { getInstrument } from '../content/instruments';
import type { Instrument } from '../content/schema';
import type { Answers } from '../domain/types';
import { loadAnswers } from '../storage/answers';
import { getSession, opensSingly } from '../storage/sessions';
import type { SessionRecord } from '../storage/types';

/** A stored check with its instrument and answers. */
export interface LoadedCheck {
  session: SessionRecord;
  instrument: Instrument;
  answers: Answers;
}

/**
 * Loads one check; null while loading, 'missing' if it or its instrument is unknown, 'private' for
 * an event visitor's check outside the kiosk that started it (its answers are not even read).
 */
export function useCheck(id: string, kiosk = false) {
  const state = useState<LoadedCheck | null | 'missing' | 'private'>(null);
  const setState = state[1];
  useEffect(() => {
    let live = true;
    void (async () => {
      const session = await getSession(id);
      const instrument = session && getInstrument(session.instrumentId);
      if (!session || !instrument) return live && setState('missing');
      if (!kiosk && !opensSingly(session)) return live && setState('private');
      const answers = await loadAnswers(id);
      if (live) setState({ session, instrument, answers });
    })();
    return () => {
      live = false;
    };
  }, [id, kiosk, setState]);
  return state;
}
