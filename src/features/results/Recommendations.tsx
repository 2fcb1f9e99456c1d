import { useI18n } from '../../app/i18n';
import { studyPlaces } from '../../content/study-places';
import type { Dimension, Item, Recommendation } from '../../content/schema';
import type { RecommendationHit } from '../../domain/recommend';
import { planUi } from '../../content/ui-plan';
import type { SessionRecord } from '../../storage/types';
import { PlanSheet, printPlan } from '../plan/PlanSheet';
import { PlanToggle } from '../plan/PlanToggle';
import { usePlan } from '../plan/use-plan';
import { citationRef } from './describe';
import { Why } from './Why';

/** Whether the sources of a step already name every place it is derived from (paper says it once). */
const namedInSources = (r: Recommendation) => {
  const cited = new Set(r.citations.map(citationRef));
  return (r.derivedFrom ?? []).every((ref) => cited.has(studyPlaces([ref])));
};

/** The chosen recommendations, each with "Warum?", its sources and "Das packe ich an". */
export function Recommendations({
  hits,
  items,
  dimensions,
  session,
  meta,
  planning = true,
}: {
  hits: RecommendationHit[];
  items: Map<string, Item>;
  dimensions: readonly Dimension[];
  session: SessionRecord;
  meta: string;
  /** Off at the kiosk: who / when / notes would stay on the organiser's device. */
  planning?: boolean;
}) {
  const { t, tx } = useI18n();
  const { plan, set, flush } = usePlan(session);
  const steps = hits.map((h) => h.recommendation);
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
              <p class={namedInSources(r) ? 'derived no-print' : 'derived'}>
                {t(r.audience === 'kmu' ? 'r.derived' : 'r.derivedStudy', {
                  refs: studyPlaces(r.derivedFrom),
                })}
              </p>
            )}
            {r.derivedFrom && r.audience === 'kmu' && namedInSources(r) && (
              <p class="derived print-only">{t('r.derivedPrint')}</p>
            )}
            <Why
              triggers={triggers}
              citations={r.citations}
              items={items}
              dimensions={dimensions}
            />
            {planning && (
              <PlanToggle
                id={`plan-${r.id}`}
                title={tx(r.title)}
                fields={plan[r.id]}
                onChange={(f, typing) => set(r.id, f, typing)}
                onDone={flush}
              />
            )}
          </li>
        ))}
      </ol>
      {planning && steps.some((r) => plan[r.id]) && (
        <>
          <button
            type="button"
            class="btn no-print"
            onClick={() => {
              flush();
              printPlan();
            }}
          >
            {tx(planUi.print)}
          </button>
          <PlanSheet steps={steps} plan={plan} meta={meta} label={session.label} />
        </>
      )}
    </section>
  );
}
