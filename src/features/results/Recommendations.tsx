import { useI18n } from '../../app/i18n';
import type { Dimension, Item } from '../../content/schema';
import type { RecommendationHit } from '../../domain/recommend';
import { describeTrigger } from './describe';
import { Sources } from './Sources';

/** The chosen recommendations, each with "Warum?" (its triggers) and its sources. */
export function Recommendations({
  hits,
  items,
  dimensions,
}: {
  hits: RecommendationHit[];
  items: Map<string, Item>;
  dimensions: readonly Dimension[];
}) {
  const i18n = useI18n();
  const { t, tx } = i18n;
  return (
    <section aria-labelledby="recs-h">
      <h2 id="recs-h">{t('r.recs')}</h2>
      <p>
        {t(hits[0]?.recommendation.audience === 'coordinator' ? 'r.recsIntroCoord' : 'r.recsIntro')}
      </p>
      <ol class="cards recs">
        {hits.map(({ recommendation: r, triggers }) => (
          <li class="card" key={r.id}>
            <h3>{tx(r.title)}</h3>
            <p>{tx(r.body)}</p>
            {r.derivedFrom && (
              <p class="derived">
                {t(r.audience === 'kmu' ? 'r.derived' : 'r.derivedStudy', {
                  refs: r.derivedFrom.join(', '),
                })}
              </p>
            )}
            <details>
              <summary>{t('r.why')}</summary>
              <p>{t('r.whyIntro')}</p>
              <ul>
                {triggers.map((trig, i) => (
                  <li key={i}>{describeTrigger(i18n, trig, items, dimensions)}</li>
                ))}
              </ul>
              <Sources citations={r.citations} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
