// first screen: keep small
import type { NetworkContact } from './contact';
import { CONTACT, DEVICE, EVENT, fit, FOLLOW_UP, PLAN_ENTRY, realDay, SESSION } from './fields';
import type { FollowUp } from './follow-up';
import type { PlanEntry } from './plan-entry';

/** Trims every contact field to its limit and drops empty optional ones; undefined without a name. */
export function cleanContact(input: Partial<NetworkContact>): NetworkContact | undefined {
  const out: Partial<NetworkContact> = {};
  for (const key of Object.keys(CONTACT) as (keyof NetworkContact)[]) {
    const value = input[key] && fit(input[key], CONTACT[key]);
    if (value) out[key] = value;
  }
  return out.network || out.person ? { network: '', person: '', ...out } : undefined;
}

/** A check's label (firm or network name) as stored: trimmed, within its limit, or none. */
export const cleanLabel = (label: string) => fit(label, SESSION.label) || undefined;

/** A device's short name as stored: trimmed, within its limit, or none. */
export const cleanDeviceName = (name: string) => fit(name, DEVICE.name) || undefined;

/** An event's name as stored. */
export const cleanEventName = (name: string) => fit(name, EVENT.name);

/** An event's consent line as stored, or none. */
export const cleanConsent = (consent: string | undefined) =>
  (consent && fit(consent, EVENT.consent)) || undefined;

/** Seconds of idle time within what an event allows. */
export const cleanIdle = (seconds: number) =>
  Math.min(EVENT.idleSeconds.max, Math.max(EVENT.idleSeconds.min, Math.round(seconds)));

/** A visitor's follow-up wish as stored: name and contact trimmed to their limits. */
export const cleanFollowUp = (f: FollowUp): FollowUp => ({
  name: fit(f.name, FOLLOW_UP.name),
  contact: fit(f.contact, FOLLOW_UP.contact),
  consent: fit(f.consent, FOLLOW_UP.consent),
  at: f.at,
});

/** What a person fills in for one step of the action plan. */
export type PlanFields = Pick<PlanEntry, 'who' | 'due' | 'note'>;

/**
 * A plan step's fields as stored while the person types: cut to their limits (not trimmed, the
 * next key may be a word after the space), a due date only when it is a real day in range.
 */
export const cleanPlanFields = ({ who, due, note }: PlanFields): PlanFields => ({
  who: fit(who, PLAN_ENTRY.who, false),
  due: realDay(due) ? due : '',
  note: fit(note, PLAN_ENTRY.note, false),
});
