import { z } from 'zod';

/** A user-facing text in German; its English is in content/en/, filed under this German text. */
export const textSchema = z.strictObject({ de: z.string().min(1) });

/** Ids of the five studies (bibliographic data in sources.ts). */
export const sourceIdSchema = z.enum([
  'iaw2017',
  'atb',
  'kompetenznetze',
  'workshop2009',
  'jobstarter',
]);

/** A verbatim quote from a study with where a reader can find it. */
export const citationSchema = z.object({
  source: sourceIdSchema,
  section: z.string().min(1),
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  quote: z.string().min(3),
});

/** Bibliographic data of one study. */
export const sourceSchema = z.object({
  id: sourceIdSchema,
  short: z.string().min(1),
  authors: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  year: z.string().min(1),
});

export const bandSchema = z.enum(['low', 'mid', 'high']);

/** One condition of a rule or a branching decision. */
export const conditionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('band'),
    dimension: z.string(),
    bands: z.array(bandSchema).min(1),
  }),
  z.object({
    kind: z.literal('answer'),
    item: z.string(),
    anyOf: z.array(z.string()).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
  z.object({ kind: z.literal('barrier'), barrier: z.string() }),
  z.object({ kind: z.literal('triage'), triage: z.string() }),
  /** The network's current phase (JOBSTARTER I–III), from the phase diagnosis. */
  z.object({ kind: z.literal('phase'), phases: z.array(z.enum(['I', 'II', 'III'])).min(1) }),
  /** The network's development stage on the ATB axis (Anfang / Wachstum / Reife). */
  z.object({
    kind: z.literal('maturity'),
    levels: z.array(z.enum(['initial', 'growth', 'mature'])).min(1),
  }),
]);

export const optionSchema = z.object({ id: z.string().min(1), text: textSchema });

/** One question. Likert items use the 5-point agreement scale plus "weiß nicht". */
export const itemSchema = z.object({
  id: z.string().min(1),
  type: z.enum(['likert', 'single', 'multi', 'text']),
  text: textSchema,
  hint: textSchema.optional(),
  dimension: z.string().optional(),
  reverse: z.boolean().optional(),
  /** Context items are asked but not scored (e.g. urgency, wished level). */
  scored: z.boolean().optional(),
  /**
   * A wish, not a deficit (e.g. "a passive start suits us", "we want to be visible"): never scored,
   * it only decides which advice fits. Implies `scored: false`.
   */
  preference: z.boolean().optional(),
  /** Agreeing at least `min` (1–5) with this statement signals this barrier (the item states it). */
  signals: z.object({ barrier: z.string(), min: z.number().int().min(1).max(5) }).optional(),
  options: z.array(optionSchema).optional(),
  /** For multi items: option id -> barrier id it signals. */
  barrierOptions: z.record(z.string(), z.string()).optional(),
  showIf: z.array(conditionSchema).optional(),
  /** For a network item: the id of its KMU twin. */
  mirrors: z.string().optional(),
  /** For a phase indicator: its JOBSTARTER phase and step (e.g. 'I', 'JS-I.1'). */
  phase: z.enum(['I', 'II', 'III']).optional(),
  step: z.string().optional(),
  /** For a phase indicator: what to do / the evidence to produce when it is not met. */
  evidence: textSchema.optional(),
  /** For an ATB marker: which portfolio axis it measures. */
  axis: z.enum(['development', 'structure']).optional(),
  /** Items taken from a study carry their source. */
  citations: z.array(citationSchema).optional(),
});

/** One page of the questionnaire. */
export const blockSchema = z.object({
  id: z.string().min(1),
  title: textSchema,
  intro: textSchema.optional(),
  items: z.array(itemSchema).min(1),
  showIf: z.array(conditionSchema).optional(),
});

export const instrumentSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  role: z.enum(['kmu', 'coordinator']),
  title: textSchema,
  description: textSchema,
  minutes: z.number().int().positive(),
  blocks: z.array(blockSchema).min(1),
});

export const dimensionSchema = z.object({
  id: z.string().min(1),
  title: textSchema,
  short: textSchema,
  description: textSchema,
  /** The barrier a low score in this dimension signals. */
  barrier: z.string().optional(),
});

export const barrierSchema = z.object({
  id: z.string().min(1),
  title: textSchema,
  description: textSchema,
  /** Study figures to show next to it. */
  figures: z.array(z.string()).optional(),
});

/** A triage outcome for one of the three main barriers. */
export const triageSchema = z.object({
  id: z.string().min(1),
  barrier: z.string(),
  when: z.array(conditionSchema),
  /** Answers that contradict this reading of the barrier: if any holds, the next triage is tried. */
  unless: z.array(conditionSchema).optional(),
  title: textSchema,
  text: textSchema,
  citations: z.array(citationSchema).min(1),
});

/** A study figure, always with whose view it is. */
export const figureSchema = z.object({
  id: z.string().min(1),
  view: z.enum(['coordinators', 'experts', 'kmu-interviews', 'statistics']),
  n: z.number().int().positive().optional(),
  text: textSchema,
  citations: z.array(citationSchema).min(1),
});

/** One step of the JOBSTARTER phase table (e.g. JS-I.1) with what it means. */
export const phaseStepSchema = z.object({
  id: z.string().min(1),
  phase: z.enum(['I', 'II', 'III']),
  title: textSchema,
  tips: textSchema.optional(),
  citations: z.array(citationSchema).min(1),
});

/** A network-service idea from the Kompetenznetze cases, offered where dimensions are weak. */
export const serviceIdeaSchema = z.object({
  id: z.string().min(1),
  title: textSchema,
  text: textSchema,
  dimensions: z.array(z.string()).min(1),
  citations: z.array(citationSchema).min(1),
});

/**
 * A rule holds when all its conditions hold and none of `unless` does. Typology answers, phase and
 * development stage are gates: they decide whether a rule applies but add no strength, so every
 * rule needs at least one condition that is evidence of need (a score, an answer, a barrier).
 */
export const ruleSchema = z.object({
  all: z.array(conditionSchema).min(1),
  /** Answers that contradict the advice: if any holds, the rule does not apply. */
  unless: z.array(conditionSchema).optional(),
});

export const recommendationSchema = z.object({
  id: z.string().min(1),
  audience: z.enum(['kmu', 'coordinator']),
  title: textSchema,
  body: textSchema,
  /** Higher comes first among equally strong matches (1-3). */
  priority: z.number().int().min(1).max(3),
  /** Study recommendation numbers this advice is derived from (e.g. R6). */
  derivedFrom: z.array(z.string()).optional(),
  rules: z.array(ruleSchema).min(1),
  /**
   * A group such as the workshop's minimum standards: when any recommendation of the group
   * matches, the strongest of them always gets a place in the list.
   */
  reserve: z.string().optional(),
  citations: z.array(citationSchema).min(1),
});

export type Text = z.infer<typeof textSchema>;
export type SourceId = z.infer<typeof sourceIdSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Band = z.infer<typeof bandSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Instrument = z.infer<typeof instrumentSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type Barrier = z.infer<typeof barrierSchema>;
export type Triage = z.infer<typeof triageSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type PhaseStep = z.infer<typeof phaseStepSchema>;
export type ServiceIdea = z.infer<typeof serviceIdeaSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
