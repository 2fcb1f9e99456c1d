import { useMemo } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { dimensions } from '../../content/dimensions';
import { dashUi } from '../../content/ui-dashboard';
import { trend } from '../../domain/compare';
import { BarChart } from '../../ui/BarChart';
import { DataTable } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { areaTitle, signed } from '../dashboard/format';
import { useStoredChecks } from '../dashboard/use-pool';
import { labelKey } from '../../storage/sessions';

const SERIES = ['fill-t0', 'fill-t1', 'fill-t2', 'fill-t3'];

/** The checks of one firm or network (same label) over time: change per area as chart and table. */
export function Trend({ label }: { label: string }) {
  const { tx, date } = useI18n();
  const { state, failed } = useStoredChecks();
  const series = useMemo(() => {
    if (!state) return null;
    const wanted = labelKey(label);
    const mine = state.checks.filter((c) => labelKey(c.label ?? '') === wanted);
    // a network and a firm may share a name; compare like with like (the newest check's role)
    const role = mine.sort((a, b) => b.updatedAt - a.updatedAt)[0]?.instrument.role;
    const same = mine.filter((c) => c.instrument.role === role);
    return trend(
      same.map((c) => ({ id: c.id, at: c.completedAt, scores: c.summary.scores })),
      dimensions,
    );
  }, [state, label]);

  if (failed) return <p role="alert">{tx(dashUi.loadFailed)}</p>;
  if (!series) return <p class="loading">{tx(dashUi.loading)}</p>;
  const { points, change } = series;
  const shown = points.slice(-SERIES.length);
  const rows = dimensions.filter((d) => points.some((p) => p.scores[d.id] != null));
  const title = (id: string) => areaTitle(tx, id);
  return (
    <section>
      <Heading>{tx(dashUi.trendTitle, { label })}</Heading>
      <p>{tx(dashUi.trendIntro)}</p>
      {points.length < 2 ? (
        <p class="notice">{tx(dashUi.trendTooFew)}</p>
      ) : (
        <>
          <BarChart
            title={tx(dashUi.trendChart)}
            series={shown.map((p, k) => ({ name: date(p.at), cls: SERIES[k] ?? 'fill-t0' }))}
            rows={rows.map((d) => ({
              label: title(d.id),
              values: shown.map((p) => p.scores[d.id] ?? null),
            }))}
          />
          <DataTable
            label={tx(dashUi.trend)}
            head={[tx(dashUi.colArea), ...points.map((p) => date(p.at)), tx(dashUi.colChange)]}
          >
            {rows.map((d) => (
              <tr key={d.id}>
                <th scope="row">{title(d.id)}</th>
                {points.map((p) => (
                  <td key={p.id}>{p.scores[d.id] ?? tx(dashUi.none)}</td>
                ))}
                <td>{change[d.id] == null ? tx(dashUi.none) : signed(change[d.id]!)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
