import * as z from 'zod/mini';
import { id, str } from './base';
import { ARRIVALS, CONTACT } from './fields';

/** Where a check came from; a check without one is of unknown origin (older files and devices). */
export const originSchema = z.strictObject({
  /** The device it was recorded on: a random id each device makes once. */
  device: id,
  /** How it came onto that device. */
  via: z.enum(ARRIVALS),
  /** The name in that device's network profile when the check was recorded. */
  network: z.optional(str(CONTACT.network)),
});

/** Where a check came from. */
export type Origin = z.infer<typeof originSchema>;
/** How a check came onto the device it was recorded on. */
export type Arrival = Origin['via'];
