import { triages } from '../content/barriers';
import { dimensions } from '../content/dimensions';
import { getInstrument, instruments } from '../content/instruments';
import { fundingEndsSoon } from '../content/netzwerk/meta';
import { coordinatorRecommendations } from '../content/recommendations-coordinator';
import { kmuRecommendations } from '../content/recommendations-kmu';
import { mirroredIds, twinScores } from '../domain/compare';
import { evaluateCheck, type EvaluationContent } from '../domain/evaluate';
import { fingerprint, SUMMARY_FORMAT, summaryOf } from '../domain/summary';
import type { Summarizer } from '../storage/snapshot';

/** What a check is evaluated with: the same content on every screen. */
export const checkContent: EvaluationContent = {
  dimensions,
  triages,
  recommendations: [...kmuRecommendations, ...coordinatorRecommendations],
};

const mirrored = mirroredIds(instruments);
let version: string | undefined;

/**
 * Summarises completed checks with this app's content. Its version is the summary format and a
 * fingerprint of everything an evaluation reads, so an update of the content makes every stored
 * summary stale: the pooled screens work them out again at their next read (once).
 */
export const summarizer: Summarizer = {
  get version() {
    version ??= `${SUMMARY_FORMAT}-${fingerprint([instruments, checkContent])}`;
    return version;
  },
  summarize(session, answers) {
    const instrument = getInstrument(session.instrumentId);
    // an instrument this app does not know gives an empty summary (the screens leave it out)
    if (!instrument)
      return summaryOf(
        { scores: [], barriers: [], triages: [], recommendations: [] },
        {},
        this.version,
      );
    const result = evaluateCheck(instrument, checkContent, answers, 7, fundingEndsSoon(answers));
    return summaryOf(result, twinScores(instrument, answers, mirrored), this.version);
  },
};
