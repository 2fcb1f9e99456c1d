import { useI18n } from '../../app/i18n';
import { barriers as allBarriers } from '../../content/barriers';
import type { Dimension, Item } from '../../content/schema';
import { shownBarriers, type BarrierHit, type TriageHit } from '../../domain/barriers';
import { Why } from './Why';

/** Every ticked barrier and the strongest others, why they show, and the main ones' triage. */
export function Barriers({
  compact,
  hits,
  triages,
  items,
  dimensions,
  coordinator = false,
}: {
  compact: boolean;
  hits: BarrierHit[];
  triages: TriageHit[];
  items: Map<string, Item>;
  dimensions: readonly Dimension[];
  /** The Netzwerk-Check: no barrier question, barriers are read from the areas. */
  coordinator?: boolean;
}) {
  const { t, tx } = useI18n();
  return (
    <section aria-labelledby="barriers-h">
      <h2 id="barriers-h">{t(coordinator ? 'r.barriersCoord' : 'r.barriers')}</h2>
      {hits.length === 0 && <p>{t(coordinator ? 'r.noBarriersCoord' : 'r.noBarriers')}</p>}
      <ol class="cards">
        {shownBarriers(hits, compact).map((h) => {
          const b = allBarriers.find((x) => x.id === h.barrier);
          const tri = triages.find((x) => x.triage.barrier === h.barrier);
          const dim = h.dimension && dimensions.find((d) => d.id === h.dimension?.id);
          return (
            <li class="card" key={h.barrier}>
              <h3>{b ? tx(b.title) : h.barrier}</h3>
              <p class="muted">
                {[
                  h.ticked && t('r.barrierTicked'),
                  h.dimension &&
                    dim &&
                    t('r.barrierFromDim', { dimension: tx(dim.title), score: h.dimension.score }),
                  h.item &&
                    t('r.barrierFromItem', {
                      item: tx(items.get(h.item.id)?.text ?? { de: h.item.id }),
                      value: h.item.value,
                    }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {b && <p>{tx(b.description)}</p>}
              {tri && (
                <div class="triage">
                  <h4>{tx(tri.triage.title)}</h4>
                  <p>{tx(tri.triage.text)}</p>
                  <Why
                    triggers={tri.triggers}
                    citations={tri.triage.citations}
                    items={items}
                    dimensions={dimensions}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
