import { describe, expect, it } from 'vitest';
import { allCitations } from './index';
import { quoteInRange, seedLines, seedsAvailable, seedsDir } from '../../test/seed-text';

const wordCount = (s: string) => s.trim().split(/\s+/).length;

describe.skipIf(!seedsAvailable)(`citations are verbatim in the studies (${seedsDir})`, () => {
  const cases = allCitations().map(
    (c) =>
      [
        `${c.owner}: ${c.citation.source} ${c.citation.lines.join('–')} „${c.citation.quote}“`,
        c,
      ] as const,
  );
  it.each(cases)('%s', (_, { citation }) => {
    const [from, to] = citation.lines;
    expect(from).toBeLessThanOrEqual(to);
    expect(to).toBeLessThanOrEqual(seedLines(citation.source).length);
    expect(to - from).toBeLessThanOrEqual(40);
    const words = wordCount(citation.quote);
    expect(words).toBeGreaterThanOrEqual(3);
    expect(words).toBeLessThanOrEqual(15);
    expect(quoteInRange(citation.source, from, to, citation.quote)).toBe(true);
  });
});

describe.runIf(!seedsAvailable)('citations', () => {
  it.skip(`skipped: the studies' text is not at ${seedsDir} (set SEEDS_DIR)`, () => {});
});
