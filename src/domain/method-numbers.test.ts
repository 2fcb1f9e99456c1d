import { describe, expect, it } from 'vitest';
import { miniInstrument } from '../../test/fixtures/mini-content';
import { english } from '../content/en/english';
import { methodSections } from '../content/method';
import { barrierProfile } from './barriers';
import { methodNumbers } from './method-numbers';
import { triggerStrength } from './recommend';
import { scoreDimensions } from './score';

const texts = methodSections.flatMap((s) => s.paragraphs);
const placeholders = (lang: 'de' | 'en') =>
  new Set(
    texts.flatMap((p) =>
      [...((lang === 'de' ? p.de : english.get(p.de)) ?? '').matchAll(/\{(\w+)\}/g)].map(
        (m) => m[1] as string,
      ),
    ),
  );

describe('"Wie wird bewertet?" says what the code does', () => {
  it.each(['de', 'en'] as const)('every number in the %s text comes from the code', (lang) => {
    for (const name of placeholders(lang)) expect(methodNumbers, name).toHaveProperty(name);
  });

  it('names the weights, the minimum answers and the phase rules', () => {
    const de = placeholders('de');
    for (const name of [
      'minAnswered',
      'bTicked',
      'wTicked',
      'wGate',
      'wAnswer',
      'stepDone',
      'stepMin',
    ])
      expect(de, name).toContain(name);
    expect(texts.some((p) => p.de.includes('„nicht erfüllt“ 0'))).toBe(true);
  });

  it('a ticked barrier outranks an area at 0 points, as the text says', () => {
    const dims = [
      {
        id: 'time',
        title: { de: 'Zeit' },
        short: { de: 'Z' },
        description: { de: 'x' },
        barrier: 'resources',
      },
    ];
    const answers = { 'time-1': 1, 'time-2': 5, barriers: ['fees'] };
    const scores = scoreDimensions(miniInstrument, dims, answers);
    const [first, second] = barrierProfile(miniInstrument, dims, scores, answers);
    expect([first?.barrier, first?.weight]).toEqual(['fees', methodNumbers.bTicked]);
    expect(second?.weight).toBe(methodNumbers.bLowTo);
    expect(triggerStrength({ kind: 'barrier', barrier: 'fees', ticked: true })).toBeGreaterThan(
      triggerStrength({ kind: 'band', dimension: 'time', band: 'low', score: 0 }),
    );
    expect(triggerStrength({ kind: 'answer', item: 'member', value: 'no', gate: true })).toBe(
      methodNumbers.wGate,
    );
  });

  it('one answer gives no area score, as the text says', () => {
    const dims = [
      {
        id: 'time',
        title: { de: 'Zeit' },
        short: { de: 'Z' },
        description: { de: 'x' },
      },
    ];
    expect(methodNumbers.minAnswered).toBe(2);
    expect(scoreDimensions(miniInstrument, dims, { 'time-1': 5 })[0]?.score).toBeNull();
    expect(scoreDimensions(miniInstrument, dims, { 'time-1': 5, 'time-2': 1 })[0]?.score).toBe(100);
  });
});
