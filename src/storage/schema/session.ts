import * as z from 'zod/mini';
import { id, int, str, time } from './base';
import { answerSchema } from './answer';
import { ANSWER, ROLES, SESSION } from './fields';
import { followUpSchema } from './follow-up';
import { originSchema } from './origin';
import { planEntrySchema } from './plan-entry';

/** One check (a questionnaire session) as stored. */
export const sessionSchema = z.strictObject({
  id,
  instrumentId: str(SESSION.instrumentId, 1),
  instrumentVersion: int(1),
  role: z.enum(ROLES),
  label: z.optional(str(SESSION.label)),
  createdAt: time,
  updatedAt: time,
  completedAt: z.optional(time),
  /** Index of the page the person was on, to resume there. */
  position: int(0, SESSION.position),
  eventId: z.optional(str(SESSION.eventId)),
  /** Set on a copy kept after an import conflict: the id of the check it was a version of. */
  copyOf: z.optional(id),
  /** The recommendations the person means to act on ("Das packe ich an"). */
  plan: z.optional(z.array(planEntrySchema).check(z.maxLength(SESSION.planEntries))),
  /** At an event "mit Rückmeldung": who asked to be contacted, with the consent line they agreed to. */
  followUp: z.optional(followUpSchema),
  /** Shown as a QR code by its owner, who was told the organiser can see it. */
  handedOver: z.optional(z.boolean()),
  /** Where the check came from: device, way of arrival, network profile (kept by every import). */
  origin: z.optional(originSchema),
  /** A Testlauf (a trainer or coordinator trying the check): never pooled unless asked for. */
  testRun: z.optional(z.boolean()),
});

/** One check with all its answers, by item id, as an export file carries it. */
export const exportedSessionSchema = z.extend(sessionSchema, {
  answers: z.record(str(ANSWER.itemId, 1), answerSchema),
});

/** One check as stored. */
export type SessionRecord = z.infer<typeof sessionSchema>;
/** Who answers a check. */
export type Role = SessionRecord['role'];
/** One check inside an export file: the session and all its answers. */
export type ExportedSession = z.infer<typeof exportedSessionSchema>;
