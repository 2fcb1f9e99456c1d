import { realDay } from '../../storage/schema/fields';

/** An event's stored day as written, or the given words for a day no calendar has (a bad record). */
export const eventDay = (day: string, invalid: string) => (realDay(day) ? day : invalid);
