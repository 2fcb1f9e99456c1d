import * as z from 'zod/mini';
import { str, time } from './base';
import { FOLLOW_UP } from './fields';

/** A visitor's wish for a follow-up: name, how to reach them, and the consent text they ticked. */
export const followUpSchema = z.strictObject({
  name: str(FOLLOW_UP.name),
  contact: str(FOLLOW_UP.contact),
  consent: str(FOLLOW_UP.consent),
  at: time,
});

/** A visitor's wish for a follow-up. */
export type FollowUp = z.infer<typeof followUpSchema>;
