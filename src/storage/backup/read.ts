import { ENCRYPTED_HEAD, MAX_IMPORT_BYTES } from './format';
import type { ImportProblem } from './problem';

/** Deeper than any backup of this app nests (file → checks → check → answers → answer → list). */
export const MAX_DEPTH = 16;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

type Read = { raw: unknown } | { problem: ImportProblem };

// first bytes of files people pick by mistake (a byte string, and where it starts)
const SIGNATURES: [ImportProblem['code'], string, number?][] = [
  ['utf16', '\xff\xfe'],
  ['utf16', '\xfe\xff'],
  ['zip', 'PK\x03\x04'],
  ['zip', 'PK\x05\x06'],
  ['zip', '\x1f\x8b'],
  ['pdf', '%PDF'],
  ['image', '\x89PNG'],
  ['image', '\xff\xd8\xff'],
  ['image', 'GIF8'],
  ['image', 'WEBP', 8],
  ['image', 'ftyp', 4],
  ['image', 'BM'],
];

/** What kind of file the first bytes show, when it is plainly not a backup. */
export function sniff(head: Uint8Array): ImportProblem | null {
  const bytes = String.fromCharCode(...head.subarray(0, 12));
  const known = SIGNATURES.find(([, sig, at]) => bytes.startsWith(sig, at));
  if (known) return { code: known[0] };
  // UTF-16 without a byte-order mark: every other byte of plain text is zero
  const zero = head.indexOf(0);
  if (zero === 0 || zero === 1) return { code: 'utf16' };
  if (zero > 0) return { code: 'not-json' };
  const start = new TextDecoder().decode(head).trimStart();
  if (!start) return head.length < 512 ? { code: 'empty' } : null;
  if (start.startsWith(ENCRYPTED_HEAD)) return { code: 'encrypted' };
  if (start[0] === '{' || start[0] === '[') return null;
  return { code: /[;,\t]/.test(start.split('\n', 1)[0]!) ? 'csv' : 'not-json' };
}

/** Feeds text piece by piece; returns false once the text is known to be unusable. */
export interface BackupReader {
  feed(text: string): boolean;
  /** The whole parsed value once all text is in, or why there is none. */
  end(): Read;
}

/**
 * Reads JSON text piece by piece. Each object or list inside a top-level list (the checks, the
 * events) is parsed on its own, so no single huge string or parse is needed, nesting is checked
 * before any parse, and a problem is told with its line instead of the engine's English.
 */
export function backupReader(): BackupReader {
  let depth = 0;
  const kinds: number[] = [];
  let inString = false;
  let escaped = false;
  let line = 1;
  let cutLine = 0;
  let skeleton = '';
  let cut: string | null = null;
  const parts: unknown[] = [];
  let forbidden: string | undefined;
  let problem: ImportProblem | null = null;
  // stands in the skeleton for a record parsed on its own (a control character no backup has)
  const tag = `cut-${Math.random().toString(36).slice(2)}-`;
  const revive = (key: string, value: unknown) => {
    if (FORBIDDEN.has(key)) forbidden = key;
    return value;
  };
  const broken = (at: number) => {
    problem = { code: 'broken', params: { line: at } };
    return false;
  };

  const feed = (text: string): boolean => {
    if (problem) return false;
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) inString = false;
      } else if (c === 34) inString = true;
      else if (c === 123 || c === 91) {
        kinds[depth++] = c;
        if (depth > MAX_DEPTH) {
          problem = { code: 'too-deep', params: { max: MAX_DEPTH } };
          return false;
        }
        if (depth === 3 && kinds[0] === 123 && kinds[1] === 91) {
          skeleton += `${text.slice(from, i)}"\\u0001${tag}${parts.length}"`;
          cut = '';
          cutLine = line;
          from = i;
        }
      } else if (c === 125 || c === 93) {
        if (--depth < 0) return broken(line);
        if (depth === 2 && cut !== null) {
          const piece = cut + text.slice(from, i + 1);
          cut = null;
          from = i + 1;
          try {
            parts.push(JSON.parse(piece, revive));
          } catch (e) {
            // the engine's position, where it gives one, narrows the line down; its words never show
            const at = /position (\d+)/.exec(String(e))?.[1];
            return broken(cutLine + (at ? piece.slice(0, +at).split('\n').length - 1 : 0));
          }
        }
      }
    }
    if (cut !== null) cut += text.slice(from);
    else skeleton += text.slice(from);
    return true;
  };

  const end = (): Read => {
    if (problem) return { problem };
    if (depth > 0 || inString) return { problem: { code: 'truncated' } };
    let root: unknown;
    try {
      root = JSON.parse(skeleton, revive);
    } catch {
      return { problem: { code: skeleton.trim() ? 'not-json' : 'empty' } };
    }
    if (forbidden) return { problem: { code: 'forbidden-key', params: { key: forbidden } } };
    const marker = `\u0001${tag}`;
    for (const value of Object.values(root ?? {}))
      if (Array.isArray(value))
        value.forEach((v: unknown, i) => {
          if (typeof v === 'string' && v.startsWith(marker))
            value[i] = parts[+v.slice(marker.length)];
        });
    return { raw: root };
  };
  return { feed, end };
}

const tooBig = (size: number): ImportProblem | null =>
  size > MAX_IMPORT_BYTES
    ? {
        code: 'too-big',
        params: { mb: +(size / 1048576).toFixed(1), max: MAX_IMPORT_BYTES / 1048576 },
      }
    : null;

const precheck = (size: number): ImportProblem | null =>
  size === 0 ? { code: 'empty' } : tooBig(size);

/** Reads a backup held in memory. */
export function readBytes(bytes: Uint8Array): Read {
  const problem = precheck(bytes.length) ?? sniff(bytes.subarray(0, 512));
  if (problem) return { problem };
  const reader = backupReader();
  reader.feed(new TextDecoder().decode(bytes));
  return reader.end();
}

/** Reads a backup file as a stream, so even a very large one never sits in memory as one text. */
export async function readFile(file: Blob): Promise<Read> {
  const problem =
    precheck(file.size) ?? sniff(new Uint8Array(await file.slice(0, 512).arrayBuffer()));
  return problem ? { problem } : readStream(file.stream());
}

/** Reads backup text from a stream of bytes (a file, or what a decryption gives), within the size limit. */
export async function readStream(bytes: ReadableStream<BufferSource>): Promise<Read> {
  const reader = backupReader();
  const stream = bytes.pipeThrough(new TextDecoderStream()).getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await stream.read();
      if (done) break;
      size += value.length;
      const problem = tooBig(size);
      if (problem || !reader.feed(value)) {
        await stream.cancel();
        if (problem) return { problem };
        break;
      }
    }
  } catch {
    // the file went away while being read, or its bytes are no text this app wrote
    return { problem: { code: 'unreadable' } };
  }
  return reader.end();
}
