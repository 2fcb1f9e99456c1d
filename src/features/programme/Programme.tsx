import { useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { dashUi } from '../../content/ui-dashboard';
import { programmeUi } from '../../content/ui-programme';
import { Heading } from '../../ui/Heading';
import { Areas } from '../dashboard/Areas';
import { MinGroup } from '../dashboard/MinGroup';
import { TestRunToggle, useTestRuns } from '../dashboard/test-runs';
import { useMinGroup, useStoredChecks } from '../dashboard/use-pool';
import { AreaColumns, BarrierColumns, PhaseRows, TrendRows, columnsOf } from './NetworkTables';
import { ProgrammeImport } from './ProgrammeImport';
import { useProgramme } from './use-programme';

/** The pooled networks: side by side, all together, their phases and trends. */
function Pooled() {
  const { tx } = useI18n();
  const { state: stored, failed } = useStoredChecks();
  const { state, ...runs } = useTestRuns(stored);
  const [min, setMin] = useMinGroup();
  const view = useProgramme(state, min);
  if (failed) return <p role="alert">{tx(dashUi.loadFailed)}</p>;
  if (!view) return <p class="loading">{tx(dashUi.loading)}</p>;
  const total = view.overall.pool.n;
  const columns = columnsOf(view, tx);
  return (
    <section aria-labelledby="prog-pool-h">
      <h2 id="prog-pool-h">{tx(programmeUi.poolTitle)}</h2>
      <p>{tx(programmeUi.poolIntro)}</p>
      <div class="row filters">
        <MinGroup value={min} onChange={setMin} />
      </div>
      <TestRunToggle {...runs} />
      <p role="status" data-testid="programme-count">
        {tx(programmeUi.networksCount, { n: view.networks.length, firms: total })}
      </p>
      {!view.networks.length ? (
        <p class="notice">{tx(programmeUi.empty)}</p>
      ) : (
        <>
          <p class="hint">{tx(programmeUi.protect, { min: view.overall.pool.minGroup })}</p>
          <h3>{tx(programmeUi.areasTitle)}</h3>
          <p>{tx(programmeUi.areasIntro)}</p>
          <AreaColumns columns={columns} />
          <h3>{tx(programmeUi.barriersTitle)}</h3>
          <p>{tx(programmeUi.barriersIntro)}</p>
          <BarrierColumns columns={columns} />
          <h3>{tx(programmeUi.phaseTitle)}</h3>
          <p>{tx(programmeUi.phaseIntro)}</p>
          <PhaseRows view={view} />
          <h3>{tx(programmeUi.trendTitle)}</h3>
          <p>{tx(programmeUi.trendIntro, { min: view.overall.pool.minGroup })}</p>
          <TrendRows view={view} />
          {!view.overall.pool.hidden && (
            <>
              <h3>{tx(programmeUi.all)}</h3>
              <Areas pool={view.overall.pool} />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** The programme view: read the files of many networks' devices, then compare the networks. */
export function Programme() {
  const { tx } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <section>
      <Heading>{tx(programmeUi.title)}</Heading>
      <p>{tx(programmeUi.intro)}</p>
      <ProgrammeImport onBusy={setBusy} />
      {/* while files are read the pool is not recomputed after every file, only once at the end */}
      {!busy && <Pooled />}
    </section>
  );
}
