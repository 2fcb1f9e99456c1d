import * as z from 'zod/mini';
import { id, int, str, time } from './base';
import { ANSWER } from './fields';

/**
 * One answer's value: a scale point 1–5, "weiß nicht" ('na'), an option id, option ids or free
 * text (whether it is one the question allows is checked against the instrument).
 */
export const answerValueSchema = z.union([
  int(1, 5),
  str(ANSWER.text),
  z.array(str(ANSWER.option)).check(z.maxLength(ANSWER.options)),
]);

/** One answer inside a check of an export file. */
export const answerSchema = z.strictObject({ value: answerValueSchema, updatedAt: time });

/** One answer as stored: keyed by [sessionId, itemId] so each answer is its own record. */
export const answerRecordSchema = z.strictObject({
  sessionId: id,
  itemId: str(ANSWER.itemId, 1),
  ...answerSchema.shape,
});

/** One answer inside an export file. */
export type ExportedAnswer = z.infer<typeof answerSchema>;
/** One answer as stored. */
export type AnswerRecord = z.infer<typeof answerRecordSchema>;
