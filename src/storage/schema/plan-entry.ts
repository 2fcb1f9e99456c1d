import * as z from 'zod/mini';
import { day, str, time } from './base';
import { PLAN_ENTRY } from './fields';

/** One step of the action plan: a chosen recommendation with who, by when and a note. */
export const planEntrySchema = z.strictObject({
  recommendationId: str(PLAN_ENTRY.recommendationId, 1),
  who: str(PLAN_ENTRY.who),
  /** YYYY-MM-DD, or empty. */
  due: z.union([z.literal(''), day]),
  note: str(PLAN_ENTRY.note),
  updatedAt: time,
});

/** One step of the action plan. */
export type PlanEntry = z.infer<typeof planEntrySchema>;
