import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourceId } from '../src/content/schema';
import { seedFiles } from './seed-files';

/** Folder of the studies' plain text; SEEDS_DIR overrides the default beside the project. */
export const seedsDir = resolve(
  process.env.SEEDS_DIR ?? join(process.cwd(), '..', 'shared', 'seeds'),
);

/** True when every seed file is present. */
export const seedsAvailable = Object.values(seedFiles).every((f) => existsSync(join(seedsDir, f)));

const cache = new Map<SourceId, string[]>();

/** The lines of one study's text (1-based line n is lines[n - 1]). */
export function seedLines(source: SourceId): string[] {
  let lines = cache.get(source);
  if (!lines) {
    lines = readFileSync(join(seedsDir, seedFiles[source]), 'utf8').split(/\r?\n/);
    cache.set(source, lines);
  }
  return lines;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The text of lines from..to in the forms a quote may match: end-of-line hyphenation joined
 * ("Bundes-\nregierung" → "Bundesregierung"), kept as a compound ("KMU-\nOrientierung"), or plain.
 */
export function seedRange(source: SourceId, from: number, to: number): string[] {
  const raw = seedLines(source)
    .slice(from - 1, to)
    .join('\n');
  return [
    collapse(raw.replace(/(\p{L})-[ \t]*\n\s*(\p{Ll})/gu, '$1$2')),
    collapse(raw.replace(/-[ \t]*\n\s*/g, '-')),
    collapse(raw),
  ];
}

/** Whether a quote occurs (whitespace- and hyphenation-normalised) in the given lines. */
export function quoteInRange(source: SourceId, from: number, to: number, quote: string): boolean {
  const q = collapse(quote);
  return seedRange(source, from, to).some((t) => t.includes(q));
}
