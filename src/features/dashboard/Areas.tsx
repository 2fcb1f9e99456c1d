import { useI18n } from '../../app/i18n';
import { dashUi } from '../../content/ui-dashboard';
import type { Pool } from '../../domain/aggregate';
import { BarChart } from '../../ui/BarChart';
import { DataTable } from '../../ui/DataTable';
import { areaTitle, percent } from './format';

/** Per area, the share of firms in each band: a stacked bar chart and the table with the numbers. */
export function Areas({ pool }: { pool: Pool }) {
  const { t, tx } = useI18n();
  const title = (id: string) => areaTitle(tx, id);
  // areas with fewer scores than the minimum group carry no spread (see aggregate)
  const rows = pool.dimensions.filter((d) => d.quartiles);
  return (
    <>
      <BarChart
        stacked
        title={tx(dashUi.areasChart)}
        ticks={[0, 25, 50, 75, 100]}
        // the unit once, at the end: on a phone '75 %' and '100 %' ran into each other
        tickLabel={(x, last) => (last ? tx(dashUi.percentTick, { n: x }) : String(x))}
        series={[
          { name: t('band.low'), cls: 'fill-low' },
          { name: t('band.mid'), cls: 'fill-mid' },
          { name: t('band.high'), cls: 'fill-high' },
        ]}
        rows={rows.map((d) => ({
          label: title(d.dimension),
          values: [
            percent(d.bands.low, d.n),
            percent(d.bands.mid, d.n),
            percent(d.bands.high, d.n),
          ],
        }))}
      />
      <DataTable
        label={tx(dashUi.areas)}
        head={[
          tx(dashUi.colArea),
          tx(dashUi.colN),
          t('band.low'),
          t('band.mid'),
          t('band.high'),
          tx(dashUi.colMedian),
          tx(dashUi.colQuartiles),
        ]}
      >
        {pool.dimensions.map((d) => (
          <tr key={d.dimension}>
            <th scope="row">{title(d.dimension)}</th>
            <td>{d.n}</td>
            <td>{d.quartiles ? d.bands.low : tx(dashUi.none)}</td>
            <td>{d.quartiles ? d.bands.mid : tx(dashUi.none)}</td>
            <td>{d.quartiles ? d.bands.high : tx(dashUi.none)}</td>
            <td>{d.quartiles ? d.quartiles[1] : tx(dashUi.none)}</td>
            <td>{d.quartiles ? `${d.quartiles[0]}–${d.quartiles[2]}` : tx(dashUi.none)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
