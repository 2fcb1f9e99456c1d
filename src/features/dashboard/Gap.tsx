import { useMemo, useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { dimensions } from '../../content/dimensions';
import { networkFigures } from '../../content/figures-network';
import { dashUi } from '../../content/ui-dashboard';
import { gapView, type GapRow } from '../../domain/compare';
import { BarChart } from '../../ui/BarChart';
import { DataTable } from '../../ui/DataTable';
import { FigureList } from '../results/FigureList';
import { areaTitle, signed } from './format';
import type { KnownCheck, NetworkCheck } from './use-pool';

/** A network's self-view beside its firms' view on the mirrored statements. */
export function Gap({
  networks,
  firms,
  min,
}: {
  networks: NetworkCheck[];
  firms: KnownCheck[];
  /** The minimum group: fewer firms with an answer in an area show no firms' view there. */
  min: number;
}) {
  const { tx, date } = useI18n();
  const [pick, setPick] = useState(networks[0]?.id ?? '');
  const network = networks.find((n) => n.id === pick) ?? networks[0];
  const rows = useMemo(
    () =>
      network
        ? gapView(
            network,
            firms.map((f) => f.summary),
            dimensions,
            min,
          )
        : [],
    [network, firms, min],
  );
  const title = (id: string) => areaTitle(tx, id);
  const fig = networkFigures.filter((f) => f.id === 'nf-motives-experts');
  return (
    <section aria-labelledby="gap-h">
      <h2 id="gap-h">{tx(dashUi.gap)}</h2>
      <p>{tx(dashUi.gapIntro)}</p>
      {!network ? (
        <p class="notice">{tx(dashUi.gapNone)}</p>
      ) : (
        <>
          {networks.length > 1 && (
            <p>
              <label for="gap-pick">{tx(dashUi.gapPick)}</label>{' '}
              <select
                id="gap-pick"
                value={network.id}
                onChange={(e) => setPick(e.currentTarget.value)}
              >
                {networks.map((n) => (
                  <option key={n.id} value={n.id}>
                    {(n.label ?? tx(n.instrument.title)) + ' – ' + date(n.completedAt)}
                  </option>
                ))}
              </select>
            </p>
          )}
          <BarChart
            title={tx(dashUi.gapChart)}
            series={[
              { name: tx(dashUi.colNetwork), cls: 'fill-net' },
              { name: tx(dashUi.colFirms), cls: 'fill-firms' },
            ]}
            rows={rows.map((r) => ({ label: title(r.dimension), values: [r.network, r.firms] }))}
          />
          <GapTable rows={rows} />
          <FigureList figures={fig} />
        </>
      )}
    </section>
  );
}

/** The gap view as a table: per area the network's view, its firms' view and the difference. */
export function GapTable({ rows }: { rows: readonly GapRow[] }) {
  const { tx } = useI18n();
  return (
    <DataTable
      label={tx(dashUi.gap)}
      head={[tx(dashUi.colArea), tx(dashUi.colNetwork), tx(dashUi.colFirms), tx(dashUi.colGap)]}
    >
      {rows.map((r) => (
        <tr key={r.dimension}>
          <th scope="row">{areaTitle(tx, r.dimension)}</th>
          <td>{r.network ?? tx(dashUi.none)}</td>
          <td>{r.firms === null ? tx(dashUi.none) : `${r.firms} (n = ${r.firmsN})`}</td>
          <td>{r.gap === null ? tx(dashUi.none) : signed(r.gap)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
