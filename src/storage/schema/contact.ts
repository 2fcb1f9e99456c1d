import * as z from 'zod/mini';
import { str } from './base';
import { CONTACT } from './fields';

/** The network's contact, shown to every respondent: the person a firm can call. */
export const contactSchema = z.strictObject({
  network: str(CONTACT.network),
  person: str(CONTACT.person),
  phone: z.optional(str(CONTACT.phone)),
  email: z.optional(str(CONTACT.email)),
  web: z.optional(str(CONTACT.web)),
  /** Next dates, as the coordinator writes them ("14. Jan., 18 Uhr: Stammtisch"). */
  dates: z.optional(str(CONTACT.dates)),
});

/** The network's contact (the network profile, and the copy an event shows). */
export type NetworkContact = z.infer<typeof contactSchema>;
