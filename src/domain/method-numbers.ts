import { BARRIER_WEIGHT, SHOWN_BARRIERS } from './barriers';
import { COMPLEX_FROM, GROWTH_FROM, MATURE_FROM, STEP_DONE_FROM, STEP_MIN_ANSWERED } from './phase';
import { WEIGHT } from './recommend';
import { HIGH_FROM, LOW_BELOW, MIN_ANSWERED } from './score';

/** The numbers "Wie wird bewertet?" quotes, taken from the code that uses them. */
export const methodNumbers = {
  low: LOW_BELOW,
  high: HIGH_FROM,
  minAnswered: MIN_ANSWERED,
  bTicked: BARRIER_WEIGHT.ticked,
  bLowFrom: BARRIER_WEIGHT.lowFrom,
  bLowTo: BARRIER_WEIGHT.lowTo,
  bAgree: BARRIER_WEIGHT.agree,
  bFully: BARRIER_WEIGHT.fully,
  shown: SHOWN_BARRIERS.full,
  wTicked: WEIGHT.ticked,
  wSignalled: WEIGHT.signalled,
  wLowFrom: WEIGHT.lowFrom,
  wLowTo: WEIGHT.lowTo,
  wNotLow: WEIGHT.notLow,
  wAnswer: WEIGHT.answer,
  wGate: WEIGHT.gate,
  stepDone: STEP_DONE_FROM * 100,
  stepMin: STEP_MIN_ANSWERED,
  growth: GROWTH_FROM,
  mature: MATURE_FROM,
  complex: COMPLEX_FROM,
} as const;
