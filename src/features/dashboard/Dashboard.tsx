import { useI18n } from '../../app/i18n';
import { href, navigate } from '../../app/router';
import { dashUi } from '../../content/ui-dashboard';
import { Heading } from '../../ui/Heading';
import { Areas } from './Areas';
import { BarrierTable } from './BarrierTable';
import { Gap } from './Gap';
import { MinGroup } from './MinGroup';
import { TestRunToggle, useTestRuns } from './test-runs';
import { TopRecs } from './TopRecs';
import { useMinGroup, usePool, useStoredChecks } from './use-pool';

/** The pooled results of an event or of all checks on the device, for coordinators and trainers. */
export function Dashboard({ scope }: { scope: string }) {
  const { tx, day, lang } = useI18n();
  const { state: stored, failed, progress } = useStoredChecks();
  const { state, ...runs } = useTestRuns(stored);
  const [min, setMin] = useMinGroup();
  const pooled = usePool(state?.checks, scope, min);

  if (failed) return <p role="alert">{tx(dashUi.loadFailed)}</p>;
  if (!state || !pooled) {
    const n = (v: number) => v.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');
    return (
      <p class="loading" role="status">
        {progress
          ? tx(dashUi.preparing, { done: n(progress.done), total: n(progress.total) })
          : tx(dashUi.loading)}
      </p>
    );
  }
  const { pool, firms } = pooled;

  return (
    <section class="dashboard">
      <Heading>{tx(dashUi.title)}</Heading>
      <p>{tx(dashUi.intro)}</p>
      <div class="row filters">
        <p>
          <label for="dash-scope">{tx(dashUi.scope)}</label>
          <select
            id="dash-scope"
            value={scope}
            onChange={(e) => navigate({ name: 'dashboard', scope: e.currentTarget.value }, true)}
          >
            <option value="all">{tx(dashUi.scopeAll)}</option>
            <option value="none">{tx(dashUi.scopeNone)}</option>
            {state.events.map((e) => (
              <option key={e.id} value={e.id}>
                {tx(dashUi.scopeEvent, {
                  name: `${e.name} (${day(e.date)})`,
                })}
              </option>
            ))}
          </select>
        </p>
        <MinGroup value={min} onChange={setMin} />
      </div>
      <TestRunToggle {...runs} />
      <p role="status" class="dashboard__count">
        {pool.n === 1 ? tx(dashUi.countOne) : tx(dashUi.count, { n: pool.n })}
      </p>
      {pool.hidden ? (
        <p class="notice">{tx(dashUi.tooFew, { n: pool.n, min: pool.minGroup })}</p>
      ) : (
        <>
          <p>
            <a class="btn btn--primary" href={href({ name: 'projector', scope })}>
              {tx(dashUi.project)}
            </a>
          </p>
          <h2>{tx(dashUi.areas)}</h2>
          <p>{tx(dashUi.areasIntro)}</p>
          <Areas pool={pool} />
          <h2>{tx(dashUi.barriers)}</h2>
          <p>{tx(dashUi.barriersIntro)}</p>
          <BarrierTable pool={pool} />
          <h2>{tx(dashUi.recs)}</h2>
          <TopRecs list={pool.recommendations} />
          <Gap networks={state.networks} firms={firms} min={pool.minGroup} />
        </>
      )}
    </section>
  );
}
