import type * as z from 'zod/mini';
import { fileSchema } from '../schema/file';
import { unpackAnswers } from './compact';
import type { ExportFile } from '../schema/file';
import { FORMAT, FORMAT_VERSION } from './format';
import type { ImportProblem } from './problem';
import { readBytes } from './read';
import { checkValues, type ItemRule, type ValueProblem } from './values';

export { MAX_IMPORT_BYTES } from './format';

export type { ImportProblem } from './problem';

/** What the validator needs to know about the app's instruments. */
export type KnownItems = (
  instrumentId: string,
  version: number,
) => ReadonlySet<string> | ReadonlyMap<string, ItemRule> | undefined;

/** The value at a path inside parsed JSON (own properties only). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, k))
      return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** Which rule a zod issue stands for, and what the message shows of it. */
export function issueRule(issue: z.core.$ZodIssue, input: unknown): ValueProblem {
  const { path } = issue;
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, path) === undefined
        ? { path, rule: 'missing' }
        : { path, rule: 'wrong-type', params: { expected: issue.expected } };
    case 'too_big':
      return { path, rule: 'too-big' };
    case 'too_small':
      return { path, rule: 'too-small' };
    case 'unrecognized_keys':
      return { path, rule: 'unknown-field', params: { keys: issue.keys.join('\n') } };
    case 'invalid_format':
      return { path, rule: 'format' };
    default:
      return { path, rule: 'value' };
  }
}

const invalid = ({ path, rule, params }: ValueProblem) => ({
  problem: { code: 'invalid' as const, path, rule, params },
});

/** Parses and checks an export file completely; any problem rejects the whole file. */
export function validateExport(
  bytes: Uint8Array,
  known: KnownItems,
  schema?: z.ZodMiniType<ExportFile>,
): { file: ExportFile } | { problem: ImportProblem } {
  const read = readBytes(bytes);
  return 'problem' in read ? read : validateParsed(read.raw, known, schema);
}

/**
 * Checks an already read export file completely; any problem rejects the whole file. The schema
 * is the app's own; a test passes one with a field more.
 */
export function validateParsed(
  raw: unknown,
  known: KnownItems,
  schema: z.ZodMiniType<ExportFile> = fileSchema,
): { file: ExportFile } | { problem: ImportProblem } {
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || Array.isArray(head) || head.format !== FORMAT)
    return { problem: { code: 'wrong-format' } };
  if (typeof head.version === 'number' && head.version > FORMAT_VERSION)
    return { problem: { code: 'newer-version', params: { version: head.version } } };

  const packed = unpackAnswers(raw);
  if (packed) return invalid(packed);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return invalid(issueRule(parsed.error.issues[0]!, raw));
  const file = parsed.data;
  const seen = new Set<string>();
  for (const [i, s] of file.sessions.entries()) {
    if (seen.has(s.id))
      return { problem: { code: 'duplicate-id', params: { id: s.id, n: i + 1 } } };
    seen.add(s.id);
    const items = known(s.instrumentId, s.instrumentVersion);
    if (!items)
      return {
        problem: {
          code: 'unknown-instrument',
          params: { instrument: s.instrumentId, version: s.instrumentVersion, n: i + 1 },
        },
      };
    const unknown = Object.keys(s.answers).find((k) => !items.has(k));
    if (unknown) return { problem: { code: 'unknown-item', params: { item: unknown, n: i + 1 } } };
  }
  // values against the instruments and the calendar: one rule module, called here once
  const items = (id: string, v: number) => {
    const k = known(id, v);
    return k instanceof Map ? k : undefined;
  };
  const bad = checkValues(file, items, Date.now());
  return bad ? invalid(bad) : { file };
}
