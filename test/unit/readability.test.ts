import { hyphenateSync } from 'hyphen/de';
import { describe, expect, it } from 'vitest';
import { barriers, triages } from '../../src/content/barriers';
import { dimensions } from '../../src/content/dimensions';
import { figures } from '../../src/content/figures';
import { networkFigures } from '../../src/content/figures-network';
import { getInstrument } from '../../src/content/instruments';
import { methodSections } from '../../src/content/method';
import { phaseSteps } from '../../src/content/phases';
import { coordinatorRecommendations } from '../../src/content/recommendations-coordinator';
import { kmuRecommendations } from '../../src/content/recommendations-kmu';
import { serviceIdeas } from '../../src/content/services';
import { ui } from '../../src/content/ui';
import { contactUi } from '../../src/content/ui-contact';
import { dashUi } from '../../src/content/ui-dashboard';
import { dataUi, importProblems } from '../../src/content/ui-data';
import { eventUi } from '../../src/content/ui-event';
import { handoverUi } from '../../src/content/ui-handover';
import { networkUi } from '../../src/content/ui-network';
import { planUi } from '../../src/content/ui-plan';

/** Every German string in a piece of content (any `de` leaf), ids and citations left out. */
function german(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) german(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'citations') continue;
      if (k === 'de' && typeof v === 'string') out.push(v);
      else german(v, out);
    }
  return out;
}

/**
 * Who reads what. Firms: their two checks, their advice, barriers, areas and figures, and every
 * screen a firm can open (start, result, plan, contact, hand-over, data, method). Coordinators:
 * the Netzwerk-Check, its advice, figures, phase steps and service ideas, dashboard and event mode.
 */
const AUDIENCES = {
  firm: german([
    getInstrument('kmu'),
    getInstrument('kmu-kurz'),
    kmuRecommendations,
    triages,
    barriers,
    dimensions,
    figures,
    ui,
    contactUi,
    handoverUi,
    planUi,
    dataUi,
    importProblems,
    methodSections,
  ]),
  coordinator: german([
    getInstrument('netzwerk'),
    coordinatorRecommendations,
    networkFigures,
    phaseSteps,
    serviceIdeas,
    networkUi,
    dashUi,
    eventUi,
  ]),
};
/** The bars of the issue: Wiener Sachtextformel, median and 90th percentile per audience. */
const BARS = { firm: { median: 8, p90: 12 }, coordinator: { median: 10, p90: 14 } };
/** Shorter strings (labels, buttons) say too little for a formula made for running text. */
const MIN_WORDS = 5;

// abbreviations whose full stops end no sentence
const ABBREVIATIONS =
  /\b(?:z\. ?B|d\. ?h|u\. ?a|o\. ?J|ggf|bzw|etc|evtl|inkl|ca|Kap|Abb|Tab|Nr|vs|usw|sog|max|min)\./g;

/** Syllables of one word: the German hyphenation patterns; short words and acronyms by hand. */
export function syllables(word: string): number {
  // an acronym is spoken letter by letter (KMU: Ka-Em-U)
  if (/^\p{Lu}{2,}$/u.test(word)) return word.length;
  if (word.length >= 5) return hyphenateSync(word, { hyphenChar: '|' }).split('|').length;
  // the patterns leave words under five letters whole: count their vowel groups
  return Math.max(1, word.toLowerCase().match(/(?:[aeiouyäöü]+)/g)?.length ?? 1);
}

/** Words and sentences of a text, as the formula counts them (numbers are no words). */
export function parse(text: string) {
  const plain = text.replace(/\{\w+\}/g, '5').replace(ABBREVIATIONS, (m) => m.replace(/\./g, ''));
  const sentences = plain
    .split(/[.!?…]+(?=\s|$)/)
    .map((s) => s.match(/\p{L}[\p{L}’']*/gu) ?? [])
    .filter((w) => w.length > 0);
  return { sentences, words: sentences.flat() };
}

/** Wiener Sachtextformel, first variant (Bamberger/Vanecek): 4 is very easy, 15 very hard. */
export function wstf1(text: string): number {
  const { sentences, words } = parse(text);
  if (!words.length) return 0;
  const counts = words.map(syllables);
  const share = (n: number) => (100 * n) / words.length;
  const MS = share(counts.filter((c) => c >= 3).length);
  const SL = words.length / sentences.length;
  const IW = share(words.filter((w) => w.length > 6).length);
  const ES = share(counts.filter((c) => c === 1).length);
  return 0.1935 * MS + 0.1672 * SL + 0.1297 * IW - 0.0327 * ES - 0.875;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;

describe('the formula and the syllables', () => {
  it('counts German syllables from the hyphenation patterns', () => {
    expect(syllables('Fachkräftenetzwerk')).toBe(5);
    expect(syllables('Ausbildung')).toBe(3);
    expect(syllables('Zeit')).toBe(1);
    expect(syllables('aber')).toBe(2);
    expect(syllables('KMU')).toBe(3);
  });

  it('splits no sentence at an abbreviation', () => {
    expect(parse('Fragen Sie z. B. die Kammer. Dann weiter.').sentences).toHaveLength(2);
  });

  it('rates plain German easy and official German hard', () => {
    expect(wstf1('Wir sind ein Netz. Sie sind dabei. Das tut gut.')).toBeLessThan(4);
    expect(
      wstf1(
        'Die Implementierung netzwerkübergreifender Qualifizierungsmaßnahmen erfordert eine kontinuierliche Abstimmung sämtlicher regionaler Arbeitsmarktakteure.',
      ),
    ).toBeGreaterThan(15);
  });
});

const scored = Object.entries(AUDIENCES).flatMap(([audience, texts]) =>
  [...new Set(texts)]
    .filter((t) => parse(t).words.length >= MIN_WORDS)
    .map((text) => ({ audience: audience as keyof typeof BARS, text, score: wstf1(text) })),
);

describe.each(Object.keys(BARS) as (keyof typeof BARS)[])('plain German for %s', (audience) => {
  const mine = scored.filter((s) => s.audience === audience);
  const sorted = mine.map((s) => s.score).sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const p90 = quantile(sorted, 0.9);

  it(`median ≤ ${BARS[audience].median} and 90th percentile ≤ ${BARS[audience].p90}`, () => {
    const round = (n: number) => Math.round(n * 10) / 10;
    console.log(
      `${audience}: ${mine.length} texts of ${MIN_WORDS}+ words, median ${round(median)}, p90 ${round(p90)}; hardest ten:`,
    );
    for (const s of [...mine].sort((a, b) => b.score - a.score).slice(0, 10))
      console.log(`  ${round(s.score)}  ${s.text}`);
    expect(mine.length).toBeGreaterThan(50);
    expect(round(median)).toBeLessThanOrEqual(BARS[audience].median);
    expect(round(p90)).toBeLessThanOrEqual(BARS[audience].p90);
  });
});

describe('words a firm never meets', () => {
  // allowed only in brackets after a plain word, as the term for those who know it
  const JARGON = [
    /explorativ/i,
    /exploitativ/i,
    /öffentliches Gut/i,
    /Signifikanzniveau/i,
    /Mainstreaming/i,
  ];
  const outsideBrackets = (t: string) => t.replace(/\([^)]*\)/g, '');
  it.each(JARGON.map((j) => [String(j), j] as const))('%s', (_, jargon) => {
    const hits = AUDIENCES.firm.filter((t) => jargon.test(outsideBrackets(t)));
    expect(hits).toEqual([]);
  });

  it('no sentence to a firm speaks of Koordinator/innen', () => {
    expect(AUDIENCES.firm.filter((t) => /Koordinator\/innen/.test(t))).toEqual([]);
  });
});
