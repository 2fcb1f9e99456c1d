import * as z from 'zod/mini';
import { FORMAT_VERSION, MAX_CHECKS } from '../backup/format';
import { answerValueSchema } from './answer';
import { str, time } from './base';
import { ANSWER } from './fields';
import { fileSchema } from './file';
import { sessionSchema } from './session';

/** One answer as the export file writes it: [question id, value, time]. */
const packedAnswer = z.tuple([str(ANSWER.itemId, 1), answerValueSchema, time]);

/** The export file as this app writes it (each answer a list of three). */
export const writtenFileSchema = z.extend(fileSchema, {
  version: z.literal(FORMAT_VERSION),
  sessions: z
    .array(z.extend(sessionSchema, { answers: z.array(packedAnswer) }))
    .check(z.maxLength(MAX_CHECKS)),
});

/** The published JSON Schema of the export file, generated from the schema the import checks with. */
export function exportJsonSchema(): Record<string, unknown> {
  // rules no JSON Schema can state (real calendar days, times a date can hold) stay the import's
  const generated = z.toJSONSchema(writtenFileSchema, { unrepresentable: 'any' });
  return {
    $schema: generated.$schema,
    $id: `netzwerk-check-export-${FORMAT_VERSION}.schema.json`,
    title: `Netzwerk-Check export file, format ${FORMAT_VERSION}`,
    description:
      'A backup of checks and their events as the app writes it. Every field is described in docs/export-format.md.',
    ...generated,
  };
}
