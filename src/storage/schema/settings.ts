import * as z from 'zod/mini';
import { id, int, time } from './base';
import { contactSchema } from './contact';

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
});

/** The settings stored on this device. */
export type Settings = z.infer<typeof settingsSchema>;
/** The name of one setting. */
export type SettingKey = keyof Settings;
/** The kiosk state that survives a reload. */
export type KioskState = NonNullable<Settings['kiosk']>;
