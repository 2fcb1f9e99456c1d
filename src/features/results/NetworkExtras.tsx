import { useI18n } from '../../app/i18n';
import { networkFigures } from '../../content/figures-network';
import { serviceIdeas } from '../../content/services';
import { networkUi } from '../../content/ui-network';
import type { DimensionScore } from '../../domain/score';
import { FigureList } from './FigureList';
import { Sources } from './Sources';

const MAX_SERVICES = 4;

/** Service ideas from the case studies for the weaker dimensions, and the study's network-feature effects. */
export function NetworkExtras({ scores }: { scores: DimensionScore[] }) {
  const { tx } = useI18n();
  const weak = scores
    .filter((s) => s.band === 'low' || s.band === 'mid')
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .map((s) => s.dimension);
  const services = serviceIdeas
    .map((s) => ({
      s,
      rank: Math.min(...s.dimensions.map((d) => (weak.includes(d) ? weak.indexOf(d) : 99))),
    }))
    .filter((x) => x.rank < 99)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, MAX_SERVICES)
    .map((x) => x.s);
  return (
    <>
      {services.length > 0 && (
        <section aria-labelledby="services-h">
          <h2 id="services-h">{tx(networkUi.servicesTitle)}</h2>
          <p>{tx(networkUi.servicesIntro)}</p>
          <ul class="cards">
            {services.map((s) => (
              <li class="card" key={s.id}>
                <h3>{tx(s.title)}</h3>
                <p>{tx(s.text)}</p>
                <details>
                  <summary>{tx(networkUi.source)}</summary>
                  <Sources citations={s.citations} />
                </details>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="effects-h">
        <h2 id="effects-h">{tx(networkUi.effectsTitle)}</h2>
        <p>{tx(networkUi.effectsIntro)}</p>
        {/* twenty figures would take a page of their own: the printout keeps to the result */}
        <p class="print-only">{tx(networkUi.effectsOnScreen)}</p>
        <div class="no-print">
          <FigureList figures={networkFigures} />
        </div>
      </section>
    </>
  );
}
