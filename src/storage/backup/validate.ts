import type * as z from 'zod/mini';
import { fileSchema } from '../schema/file';
import { unpackAnswers } from './compact';
import { FORMAT, FORMAT_VERSION, type ExportFile } from './format';
import { readBytes } from './read';
import { checkValues, type ItemRule, type ValueProblem } from './values';

export { MAX_IMPORT_BYTES } from './format';

/** Why a file was rejected; the UI turns code and params into a plain sentence. */
export interface ImportProblem {
  code:
    | 'too-big'
    | 'empty'
    | 'image'
    | 'pdf'
    | 'csv'
    | 'utf16'
    | 'zip'
    | 'not-json'
    | 'truncated'
    | 'broken'
    | 'too-deep'
    | 'forbidden-key'
    | 'wrong-format'
    | 'newer-version'
    | 'invalid'
    | 'duplicate-id'
    | 'unknown-instrument'
    | 'unknown-item'
    | 'encrypted'
    | 'wrong-passphrase'
    | 'encrypted-damaged'
    | 'unreadable';
  params?: Record<string, string | number>;
}

/** What the validator needs to know about the app's instruments. */
export type KnownItems = (
  instrumentId: string,
  version: number,
) => ReadonlySet<string> | ReadonlyMap<string, ItemRule> | undefined;

/** A zod issue path as words a person can follow ("Check 3 → Antwort „d1-1“ → value"). */
export function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const p = path[i];
    if (p === 'sessions' && typeof path[i + 1] === 'number') {
      parts.push(`Check ${(path[i + 1] as number) + 1}`);
      i++;
    } else if (p === 'answers' && path[i + 1] !== undefined) {
      parts.push(`Antwort „${String(path[i + 1])}“`);
      i++;
    } else if (p === 'events' && typeof path[i + 1] === 'number') {
      parts.push(`Veranstaltung ${(path[i + 1] as number) + 1}`);
      i++;
    } else if (p === 'plan' && typeof path[i + 1] === 'number') {
      parts.push(`Aktionsplan, Schritt ${(path[i + 1] as number) + 1}`);
      i++;
    } else parts.push(`„${String(p)}“`);
  }
  return parts.join(' → ') || 'Datei';
}

const TYPE_DE: Record<string, string> = {
  string: 'Text',
  number: 'Zahl',
  int: 'ganze Zahl',
  array: 'Liste',
  object: 'Objekt',
  boolean: 'ja/nein',
};

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

/** A zod issue in plain German. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined
        ? 'fehlt'
        : `falscher Typ (erwartet: ${TYPE_DE[issue.expected] ?? issue.expected})`;
    case 'too_big':
      return 'Wert zu groß oder zu lang';
    case 'too_small':
      return 'Wert zu klein oder zu kurz';
    case 'unrecognized_keys':
      return `unbekanntes Feld ${issue.keys.map((k) => `„${k}“`).join(', ')}`;
    case 'invalid_format':
      return 'ungültiges Format';
    default:
      return 'ungültiger Wert';
  }
}

const invalid = (bad: ValueProblem) => ({
  problem: {
    code: 'invalid' as const,
    params: { where: describePath(bad.path), what: bad.what },
  },
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
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      problem: {
        code: 'invalid',
        params: {
          where: describePath(issue?.path ?? []),
          what: issue ? describeIssue(issue, raw) : '',
        },
      },
    };
  }
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
