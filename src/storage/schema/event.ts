import * as z from 'zod/mini';
import { day, id, int, matching, str, time } from './base';
import { contactSchema } from './contact';
import { EVENT, PRIVACY } from './fields';

/** An event (trade fair, chamber evening, workshop) whose checks are collected on one device. */
export const eventSchema = z.strictObject({
  id,
  name: str(EVENT.name),
  /** Day of the event. */
  date: day,
  instrumentId: str(EVENT.instrumentId, 1),
  /** SHA-256 of salt + PIN, hex; no PIN when absent. Only together with its salt. */
  pinHash: z.optional(matching(/^[0-9a-f]{64}$/)),
  pinSalt: z.optional(id),
  /** Seconds without input after which the kiosk returns to its start screen. */
  idleSeconds: int(EVENT.idleSeconds.min, EVENT.idleSeconds.max),
  /** Whether a check left unfinished at the timeout is kept (else deleted). */
  keepPartial: z.boolean(),
  /** An optional line each respondent sees before starting (e.g. consent, data use). */
  consent: z.optional(str(EVENT.consent)),
  /** The network's contact shown at the kiosk and on every result (copied from the profile). */
  contact: z.optional(contactSchema),
  /**
   * "anonym" (also when absent: events made before there was a choice): once a visitor is done,
   * no screen opens their check singly, only pooled; "feedback": a visitor may leave name and
   * contact, and only those checks open singly.
   */
  privacy: z.optional(z.enum(PRIVACY)),
  createdAt: time,
  updatedAt: time,
  closedAt: z.optional(time),
  /** A Testlauf event: its checks are Testläufe, never pooled unless asked for. */
  testRun: z.optional(z.boolean()),
});

/** An event as stored and exported. */
export type EventRecord = z.infer<typeof eventSchema>;
/** How an event treats its visitors. */
export type EventPrivacy = (typeof PRIVACY)[number];
