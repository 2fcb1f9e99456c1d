import { useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { dashUi } from '../../content/ui-dashboard';
import { isTestRun, pooledChecks, testEvents } from '../../domain/test-run';
import { getSetting, putSetting } from '../../storage/settings';
import type { useStoredChecks } from './use-pool';

type Stored = ReturnType<typeof useStoredChecks>['state'];

const KEY = 'dashboard.testRuns' as const;

type Loaded = NonNullable<Stored>;

/** The stored checks as a pooled screen counts them (without the Testläufe unless included), and how many Testläufe there are. */
export function withTestRuns<S extends Pick<Loaded, 'checks' | 'networks' | 'events'>>(
  stored: S,
  include: boolean,
) {
  const events = testEvents(stored.events);
  return {
    count: stored.checks.filter((c) => isTestRun(c, events)).length,
    stored: {
      ...stored,
      checks: pooledChecks(stored.checks, events, include),
      networks: pooledChecks(stored.networks, events, include),
    },
  };
}

/**
 * The stored checks as a pooled screen counts them: without the Testläufe unless this device
 * chose to include them (one choice for the dashboard, the projector and the Programm view).
 */
export function useTestRuns(stored: Stored) {
  const [include, setInclude] = useState(false);
  useEffect(() => {
    void getSetting(KEY).then((v) => v === true && setInclude(true));
  }, []);
  const state = useMemo(
    () => (stored ? withTestRuns(stored, include) : { stored, count: 0 }),
    [stored, include],
  );
  const choose = (on: boolean) => {
    setInclude(on);
    void putSetting(KEY, on);
  };
  return { state: state.stored, count: state.count, include, choose };
}

/** The tick "Testläufe einbeziehen", shown when there are Testläufe (or they are included). */
export function TestRunToggle({
  count,
  include,
  choose,
}: Pick<ReturnType<typeof useTestRuns>, 'count' | 'include' | 'choose'>) {
  const { tx } = useI18n();
  if (!count && !include) return null;
  return (
    <p>
      <label class="option">
        <input
          type="checkbox"
          checked={include}
          onChange={(e) => choose(e.currentTarget.checked)}
        />
        <span>{tx(dashUi.testRuns, { n: count })}</span>
      </label>
    </p>
  );
}
