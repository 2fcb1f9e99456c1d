import * as z from 'zod/mini';
import { ID_PATTERN } from './fields';

/** An integer from min to max. */
export const int = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.int().check(z.minimum(min), z.maximum(max));

/** A text of at most max (and at least min) characters. */
export const str = (max: number, min = 0) => z.string().check(z.minLength(min), z.maxLength(max));

/** A text that matches a pattern. */
export const matching = (re: RegExp) => z.string().check(z.regex(re));

/** A time in milliseconds since 1970 (the range a JavaScript date holds is checked with the calendar rules). */
export const time = int(0);

/** A check's or an event's id. */
export const id = matching(ID_PATTERN);

/** A YYYY-MM-DD text (whether it is a real day is checked with the calendar rules). */
export const day = matching(/^\d{4}-\d{2}-\d{2}$/);
