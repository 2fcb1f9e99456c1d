import * as z from 'zod/mini';
import { id, int, str } from './base';
import { eventSchema } from './event';
import { FORMAT, MAX_CHECKS } from '../backup/format';
import { DEVICE, FILE } from './fields';
import { exportedSessionSchema } from './session';

/** A complete, re-importable export: checks with their answers, and their events. */
export const fileSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: int(1),
  exportedAt: str(FILE.exportedAt),
  sessions: z.array(exportedSessionSchema).check(z.maxLength(MAX_CHECKS)),
  /** Events of the exported checks (a PIN only as its salted hash). */
  events: z.array(eventSchema).check(z.maxLength(FILE.events)),
  /** The short names of the devices the checks were recorded on, by device id (as far as known). */
  devices: z.optional(z.record(id, str(DEVICE.name, 1))),
});

/** A complete, re-importable export. */
export type ExportFile = z.infer<typeof fileSchema>;
