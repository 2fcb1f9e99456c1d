import type { I18n } from '../../app/i18n';
import type { Citation, Dimension, Instrument, Item } from '../../content/schema';
import type { Trigger } from '../../domain/conditions';
import type { AnswerValue } from '../../domain/types';
import { barriers } from '../../content/barriers';
import { triages } from '../../content/barriers';
import { sources } from '../../content/sources';
import type { UiKey } from '../../content/ui';

const SCALE: UiKey[] = ['q.scale1', 'q.scale2', 'q.scale3', 'q.scale4', 'q.scale5'];

/** An answer in words: the scale point, the option label(s) or the text. */
export function answerText(i18n: I18n, item: Item | undefined, value: AnswerValue): string {
  if (typeof value === 'number') return i18n.t(SCALE[value - 1] ?? 'q.scale3');
  if (value === 'na') return i18n.t('q.dontKnow');
  const label = (id: string) => {
    const o = item?.options?.find((x) => x.id === id);
    return o ? i18n.tx(o.text) : id;
  };
  return Array.isArray(value) ? value.map(label).join(', ') : label(value);
}

/** Every item of an instrument by id. */
export const itemIndex = (instrument: Instrument) =>
  new Map(instrument.blocks.flatMap((b) => b.items.map((i) => [i.id, i] as const)));

/** Why a recommendation or triage was chosen, as one sentence per trigger. */
export function describeTrigger(
  i18n: I18n,
  trig: Trigger,
  items: Map<string, Item>,
  dimensions: readonly Dimension[],
): string {
  const { t, tx } = i18n;
  switch (trig.kind) {
    case 'answer': {
      const item = items.get(trig.item);
      return t('r.triggerAnswer', {
        item: item ? tx(item.text) : trig.item,
        answer: answerText(i18n, item, trig.value),
      });
    }
    case 'band': {
      const d = dimensions.find((x) => x.id === trig.dimension);
      return t('r.triggerBand', {
        dimension: d ? tx(d.title) : trig.dimension,
        score: trig.score,
        band: t(`band.${trig.band}`),
      });
    }
    case 'barrier': {
      const b = barriers.find((x) => x.id === trig.barrier);
      return t(trig.ticked ? 'r.triggerBarrierTicked' : 'r.triggerBarrier', {
        barrier: b ? tx(b.title) : trig.barrier,
      });
    }
    case 'triage': {
      const tr = triages.find((x) => x.id === trig.triage);
      return t('r.triggerTriage', { triage: tr ? tx(tr.title) : trig.triage });
    }
    case 'phase':
      return t('r.triggerPhase', { phase: trig.phase });
    case 'maturity':
      return t(`r.triggerMaturity.${trig.maturity}`);
  }
}

/** A citation as a reader can look it up: study and section (never raw line numbers). */
export const citationRef = (c: Citation) => `${sources[c.source].short}, ${c.section}`;
