import type { Instrument, Item } from '../content/schema';
import { itemScore } from './score';
import type { Answers } from './types';
import { visibleInstrumentItems } from './visibility';

/** A JOBSTARTER phase. */
export type Phase = 'I' | 'II' | 'III';
export const PHASES: readonly Phase[] = ['I', 'II', 'III'];

/** A step counts as done from this share of its indicators met (design choice, explained in the app). */
export const STEP_DONE_FROM = 0.75;
/**
 * A step is judged only when at least this many of its indicators are answered (a step with fewer
 * indicators needs all of them); "trifft nicht zu" takes an indicator out, it is not an answer.
 */
export const STEP_MIN_ANSWERED = 2;
/** ATB development stage thresholds on 0–100 (design choice): below 40 Anfang, below 70 Wachstum, else Reife. */
export const GROWTH_FROM = 40;
export const MATURE_FROM = 70;
/** ATB structure: from 50 on "komplex" (design choice). */
export const COMPLEX_FROM = 50;

const INDICATOR_VALUE: Record<string, number> = { yes: 1, partly: 0.5, no: 0 };

/** How far one step has got. */
export interface StepStatus {
  step: string;
  phase: Phase;
  /**
   * Share met over all its relevant indicators, an open one counting as not met ("erfüllt" 1,
   * "teilweise" ½, "nicht erfüllt" 0); null when every indicator is "trifft nicht zu".
   */
  score: number | null;
  /** 'unclear': fewer than STEP_MIN_ANSWERED answered, so not judged (and not done). */
  status: 'done' | 'begun' | 'open' | 'unclear' | 'n/a';
}

/** How far one phase has got. */
export interface PhaseStatus {
  phase: Phase;
  /** Share met over the phase's relevant indicators (not the mean of its steps); null if none. */
  score: number | null;
  done: boolean;
  begun: boolean;
  /** Every indicator "trifft nicht zu": the phase does not apply and does not hold a network back. */
  skipped: boolean;
  steps: StepStatus[];
}

/** An indicator not (fully) met: a concrete next step. */
export interface NextStep {
  item: Item;
  answer: 'partly' | 'no' | 'open';
  /** True when brought forward from phase III because funding ends soon. */
  early: boolean;
}

/** The phase diagnosis of a network check. */
export interface PhaseDiagnosis {
  phase: Phase;
  /** Every phase asked is done or skipped: nothing is left open. */
  complete: boolean;
  phases: PhaseStatus[];
  next: NextStep[];
  development: number | null;
  structure: number | null;
  maturity: 'initial' | 'growth' | 'mature' | null;
  structureLevel: 'simple' | 'complex' | null;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function axisScore(
  items: readonly Item[],
  answers: Answers,
  axis: 'development' | 'structure',
): number | null {
  const values = items
    .filter((i) => i.axis === axis)
    .map((i) => answers[i.id])
    .filter((v): v is number => typeof v === 'number')
    .map((v) => itemScore(v));
  const m = mean(values);
  return m === null ? null : Math.round(m);
}

/**
 * Places a network in the JOBSTARTER phases (first phase not done) and on the ATB portfolio.
 * `fundingEndsSoon` brings the phase III steps forward whatever the phase.
 */
export function diagnosePhase(
  instrument: Instrument,
  answers: Answers,
  fundingEndsSoon = false,
): PhaseDiagnosis {
  const items = visibleInstrumentItems(instrument, answers);
  const indicators = items.filter((i) => i.phase && i.step);
  const value = (i: Item) => {
    const v = answers[i.id];
    return typeof v === 'string' && v in INDICATOR_VALUE ? (INDICATOR_VALUE[v] as number) : null;
  };
  const relevantOf = (list: readonly Item[]) => list.filter((i) => answers[i.id] !== 'na');
  const share = (list: readonly Item[]) =>
    list.length ? list.reduce((s, i) => s + (value(i) ?? 0), 0) / list.length : null;
  const phases: PhaseStatus[] = PHASES.map((phase) => {
    const mine = indicators.filter((i) => i.phase === phase);
    const stepIds = [...new Set(mine.map((i) => i.step as string))];
    const steps: StepStatus[] = stepIds.map((step) => {
      const relevant = relevantOf(mine.filter((i) => i.step === step));
      const answered = relevant.filter((i) => value(i) !== null).length;
      const score = share(relevant);
      const status =
        relevant.length === 0
          ? 'n/a'
          : answered < Math.min(STEP_MIN_ANSWERED, relevant.length)
            ? 'unclear'
            : (score ?? 0) >= STEP_DONE_FROM
              ? 'done'
              : (score ?? 0) > 0
                ? 'begun'
                : 'open';
      return { step, phase, score, status };
    });
    const relevant = steps.filter((s) => s.status !== 'n/a');
    return {
      phase,
      score: share(relevantOf(mine)),
      done: relevant.length > 0 && relevant.every((s) => s.status === 'done'),
      begun: relevant.some((s) => (s.score ?? 0) > 0),
      skipped: steps.length > 0 && relevant.length === 0,
      steps,
    };
  });
  const asked = phases.filter((p) => p.steps.length > 0);
  const current = asked.find((p) => !p.done && !p.skipped);
  const complete = asked.length === PHASES.length && !current;
  // all done: the last phase that applies; nothing asked beyond: the first phase not asked
  const phase =
    current?.phase ??
    (complete
      ? ([...asked].reverse().find((p) => !p.skipped)?.phase ?? 'III')
      : (PHASES.find((ph) => !asked.some((p) => p.phase === ph)) ?? 'III'));
  const unmet = (i: Item): NextStep['answer'] | null => {
    const v = answers[i.id];
    return v === 'yes' || v === 'na'
      ? null
      : v === 'partly'
        ? 'partly'
        : v === 'no'
          ? 'no'
          : 'open';
  };
  const next: NextStep[] = [];
  for (const i of indicators) {
    const answer = unmet(i);
    if (!answer) continue;
    if (i.phase === phase) next.push({ item: i, answer, early: false });
    else if (fundingEndsSoon && i.phase === 'III' && phase !== 'III')
      next.push({ item: i, answer, early: true });
  }
  const development = axisScore(items, answers, 'development');
  const structure = axisScore(items, answers, 'structure');
  return {
    phase,
    complete,
    phases,
    next,
    development,
    structure,
    maturity:
      development === null
        ? null
        : development < GROWTH_FROM
          ? 'initial'
          : development < MATURE_FROM
            ? 'growth'
            : 'mature',
    structureLevel: structure === null ? null : structure < COMPLEX_FROM ? 'simple' : 'complex',
  };
}
