import { ENCRYPTED_HEAD } from './format';
import type { ImportProblem } from './validate';

/** PBKDF2-SHA-256 rounds for a new file (OWASP's 2023 advice for this hash). */
export const ITERATIONS = 600_000;
// a file asking for fewer rounds is not one of ours; more than this would stall the device
const ROUNDS = { min: 100_000, max: 10_000_000 };

/** The fields of an encrypted file before its data (docs/backup-format.md). */
interface Envelope {
  format: string;
  version: number;
  kdf: string;
  iterations: number;
  salt: string;
  cipher: string;
  iv: string;
  compression: string;
  data: string;
}

// base64 in pieces: one call on millions of bytes would overflow the argument list
const STEP = 3 * 8192;
const toBase64 = (bytes: Uint8Array) => {
  let out = '';
  for (let i = 0; i < bytes.length; i += STEP)
    out += btoa(String.fromCharCode(...bytes.subarray(i, i + STEP)));
  return out;
};
const fromBase64 = (text: string) => {
  const chars = atob(text);
  const bytes = new Uint8Array(chars.length);
  for (let i = 0; i < chars.length; i++) bytes[i] = chars.charCodeAt(i);
  return bytes;
};

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  const base = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The same backup, gzip-packed and encrypted with AES-256-GCM under a key from the passphrase. */
export async function encryptBackup(plain: Blob, passphrase: string): Promise<Blob> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const packed = await new Response(
    plain.stream().pipeThrough(new CompressionStream('gzip')),
  ).arrayBuffer();
  const key = await deriveKey(passphrase, salt, ITERATIONS);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, packed);
  const head: Omit<Envelope, 'format' | 'data'> = {
    version: 1,
    kdf: 'PBKDF2-SHA-256',
    iterations: ITERATIONS,
    salt: toBase64(salt),
    cipher: 'AES-256-GCM',
    iv: toBase64(iv),
    compression: 'gzip',
  };
  const fields = JSON.stringify(head).slice(1, -1);
  return new Blob([`${ENCRYPTED_HEAD},${fields},"data":"`, toBase64(new Uint8Array(data)), '"}\n']);
}

const isEnvelope = (v: unknown): v is Envelope => {
  const e = v as Partial<Envelope> | null;
  return (
    e?.version === 1 &&
    e.kdf === 'PBKDF2-SHA-256' &&
    e.cipher === 'AES-256-GCM' &&
    e.compression === 'gzip' &&
    Number.isInteger(e.iterations) &&
    e.iterations! >= ROUNDS.min &&
    e.iterations! <= ROUNDS.max &&
    [e.salt, e.iv, e.data].every((s) => typeof s === 'string')
  );
};

/**
 * Opens an encrypted backup: the backup's bytes as a stream, or why not (a wrong passphrase and
 * a changed file look the same to AES-GCM: either way nothing is read).
 */
export async function decryptBackup(
  file: Blob,
  passphrase: string,
): Promise<{ bytes: ReadableStream<BufferSource> } | { problem: ImportProblem }> {
  const damaged = { problem: { code: 'encrypted-damaged' as const } };
  let parts: [Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>, number];
  try {
    const e: unknown = JSON.parse(await file.text());
    if (!isEnvelope(e)) return damaged;
    parts = [fromBase64(e.salt), fromBase64(e.iv), fromBase64(e.data), e.iterations];
  } catch {
    return damaged;
  }
  const [salt, iv, data, iterations] = parts;
  if (salt.length < 16 || iv.length !== 12) return damaged;
  const key = await deriveKey(passphrase, salt, iterations);
  let packed: ArrayBuffer;
  try {
    packed = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data);
  } catch {
    return { problem: { code: 'wrong-passphrase' } };
  }
  return { bytes: new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip')) };
}
