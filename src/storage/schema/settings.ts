import * as z from 'zod/mini';
import { id, int, str, time } from './base';
import { contactSchema } from './contact';
import { DEVICE } from './fields';

/** The settings stored on this device, by key (none of them travels in an export file). */
export const settingsSchema = z.strictObject({
  /** The kiosk that survives a reload: which event runs, and the current respondent's check. */
  kiosk: z.optional(z.strictObject({ eventId: id, current: z.optional(id) })),
  /** The network profile (null once everything was emptied). */
  'network.profile': z.optional(z.nullable(contactSchema)),
  /** Which version (updatedAt) of which check was last exported. */
  'backup.exported': z.optional(z.record(id, time)),
  /** When the last export was made. */
  'backup.lastExportAt': z.optional(time),
  /** The smallest group the dashboard shows a figure for. */
  'dashboard.minGroup': z.optional(int(1)),
  /** Whether the pooled screens include the Testläufe. */
  'dashboard.testRuns': z.optional(z.boolean()),
  /** This device: a random id made once, and the short name the coordinator gave it. */
  device: z.optional(z.strictObject({ id, name: z.optional(str(DEVICE.name, 1)) })),
  /** Names of other devices, by id, as the imported files gave them. */
  'device.names': z.optional(z.record(id, str(DEVICE.name, 1))),
});

/** The settings stored on this device. */
export type Settings = z.infer<typeof settingsSchema>;
/** The name of one setting. */
export type SettingKey = keyof Settings;
/** The kiosk state that survives a reload. */
export type KioskState = NonNullable<Settings['kiosk']>;
