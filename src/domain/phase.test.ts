import { describe, expect, it } from 'vitest';
import type { Instrument, Item } from '../content/schema';
import { diagnosePhase } from './phase';
import type { Answers } from './types';

const t = (s: string) => ({ de: s });
const ind = (id: string, phase: 'I' | 'II' | 'III', step: string): Item => ({
  id,
  type: 'single',
  text: t(id),
  phase,
  step,
  evidence: t(`Nachweis ${id}`),
  options: ['yes', 'partly', 'no', 'na'].map((o) => ({ id: o, text: t(o) })),
});
const marker = (id: string, axis: 'development' | 'structure'): Item => ({
  id,
  type: 'likert',
  text: t(id),
  axis,
  scored: false,
});

const net: Instrument = {
  id: 'net',
  version: 1,
  role: 'coordinator',
  title: t('Netz'),
  description: t('Netz'),
  minutes: 5,
  blocks: [
    {
      id: 'p1',
      title: t('I'),
      items: [ind('a1', 'I', 'S1'), ind('a2', 'I', 'S1'), ind('b1', 'I', 'S2')],
    },
    { id: 'p2', title: t('II'), items: [ind('c1', 'II', 'S3'), ind('c2', 'II', 'S3')] },
    { id: 'p3', title: t('III'), items: [ind('d1', 'III', 'S4')] },
    {
      id: 'atb',
      title: t('ATB'),
      items: [marker('m1', 'development'), marker('m2', 'development'), marker('s1', 'structure')],
    },
  ],
};

const allYes = { a1: 'yes', a2: 'yes', b1: 'yes' };

describe('phase diagnosis', () => {
  it.each<[string, Answers, string, string[]]>([
    ['nothing answered: phase I, every indicator open', {}, 'I', ['a1', 'a2', 'b1']],
    [
      'one step of phase I half done: still phase I',
      { a1: 'yes', a2: 'no', b1: 'yes' },
      'I',
      ['a2'],
    ],
    [
      '"teilweise" counts half: 0.75 makes a step done',
      { a1: 'yes', a2: 'partly', b1: 'yes' },
      'II',
      ['c1', 'c2'],
    ],
    ['"trifft nicht zu" removes a step', { a1: 'yes', a2: 'yes', b1: 'na' }, 'II', ['c1', 'c2']],
    ['phase I and II done: phase III', { ...allYes, c1: 'yes', c2: 'yes' }, 'III', ['d1']],
    [
      'everything done: stays in III with nothing left',
      { ...allYes, c1: 'yes', c2: 'yes', d1: 'yes' },
      'III',
      [],
    ],
  ])('%s', (_, answers, phase, next) => {
    const d = diagnosePhase(net, answers);
    expect(d.phase).toBe(phase);
    expect(d.next.map((n) => n.item.id)).toEqual(next);
  });

  it('later phases already begun show in the profile (steps run in parallel)', () => {
    const d = diagnosePhase(net, { a1: 'no', c1: 'yes', c2: 'partly' });
    expect(d.phase).toBe('I');
    expect(d.phases.map((p) => [p.phase, p.begun, p.done])).toEqual([
      ['I', false, false],
      ['II', true, true],
      ['III', false, false],
    ]);
    // one answer of two, and none of one: too few to judge either step
    expect(d.phases[0]?.steps.map((s) => s.status)).toEqual(['unclear', 'unclear']);
  });

  it('funding ending soon brings phase III steps forward', () => {
    const d = diagnosePhase(net, { a1: 'no' }, true);
    expect(d.next.filter((n) => n.early).map((n) => n.item.id)).toEqual(['d1']);
  });

  it.each<[Answers, number | null, string | null, number | null, string | null]>([
    [{}, null, null, null, null],
    [{ m1: 1, m2: 2 }, 13, 'initial', null, null],
    [{ m1: 3, m2: 3, s1: 2 }, 50, 'growth', 25, 'simple'],
    [{ m1: 5, m2: 4, s1: 5 }, 88, 'mature', 100, 'complex'],
  ])(
    'ATB markers %j → development %s (%s), structure %s (%s)',
    (answers, dev, maturity, str, level) => {
      const d = diagnosePhase(net, answers);
      expect([d.development, d.maturity, d.structure, d.structureLevel]).toEqual([
        dev,
        maturity,
        str,
        level,
      ]);
    },
  );
});

describe('phase diagnosis does not over-report', () => {
  it('one "erfüllt" per step with the rest open is not a finished phase', () => {
    const d = diagnosePhase(net, { a1: 'yes', b1: 'yes', c1: 'yes', d1: 'yes' });
    expect(d.phase).toBe('I');
    // share over indicators: 2 of 3 in phase I, an open one counting 0
    expect(d.phases.map((p) => p.score)).toEqual([2 / 3, 0.5, 1]);
    expect(d.phases[0]?.steps.map((s) => s.status)).toEqual(['unclear', 'done']);
  });

  it('a phase whose indicators are all "trifft nicht zu" is skipped, not a place to stay', () => {
    const d = diagnosePhase(net, { a1: 'na', a2: 'na', b1: 'na', c1: 'yes', c2: 'yes', d1: 'yes' });
    expect(d.phases[0]?.skipped).toBe(true);
    expect([d.phase, d.complete]).toEqual(['III', true]);
  });

  it('nothing answered in a phase never reads as "alles erfüllt"', () => {
    const d = diagnosePhase(net, { ...allYes, c1: 'yes', c2: 'yes' });
    expect([d.phase, d.complete]).toEqual(['III', false]);
  });
});
