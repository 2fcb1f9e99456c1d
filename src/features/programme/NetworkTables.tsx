import { useI18n, type I18n } from '../../app/i18n';
import { barriers } from '../../content/barriers';
import { dimensions } from '../../content/dimensions';
import { dashUi } from '../../content/ui-dashboard';
import { programmeUi } from '../../content/ui-programme';
import type { ProgrammeView, ShownPool } from '../../domain/programme';
import type { Hidden } from '../../domain/suppress';
import { DataTable } from '../../ui/DataTable';
import { areaTitle, percent } from '../dashboard/format';
import { GapTable } from '../dashboard/Gap';

interface Column extends ShownPool {
  name: string;
}

/** The networks and, last, all of them together, as the columns of a side-by-side table. */
export function columnsOf(view: ProgrammeView, tx: I18n['tx']): Column[] {
  return [
    ...view.networks.map((n) => ({ ...n, name: n.network || tx(programmeUi.unknown) })),
    { ...view.overall, name: tx(programmeUi.all) },
  ];
}

function useHiddenText() {
  const { tx } = useI18n();
  return (why: Hidden | null) =>
    why === 'complement'
      ? tx(programmeUi.complement)
      : why
        ? tx(programmeUi.small)
        : tx(dashUi.none);
}

const head = (c: Column) => `${c.name} (n = ${c.pool.n})`;

/** Per area, each network's band counts beside the others and all together. */
export function AreaColumns({ columns }: { columns: Column[] }) {
  const { tx } = useI18n();
  const hidden = useHiddenText();
  return (
    <DataTable label={tx(programmeUi.areasTitle)} head={[tx(dashUi.colArea), ...columns.map(head)]}>
      {dimensions.map((d) => (
        <tr key={d.id}>
          <th scope="row">{areaTitle(tx, d.id)}</th>
          {columns.map((c) => {
            const spread = c.pool.dimensions.find((x) => x.dimension === d.id);
            const why = c.hidden ?? c.areasHidden[d.id] ?? null;
            return (
              <td key={c.name}>
                {!why && spread?.quartiles
                  ? `${spread.bands.low} / ${spread.bands.mid} / ${spread.bands.high}`
                  : hidden(why ?? (c.pool.n ? 'small' : null))}
              </td>
            );
          })}
        </tr>
      ))}
    </DataTable>
  );
}

/** Per barrier, how many of each network's firms have it in their profile. */
export function BarrierColumns({ columns }: { columns: Column[] }) {
  const { tx } = useI18n();
  const hidden = useHiddenText();
  const ids = [...new Set(columns.flatMap((c) => c.pool.barriers.map((b) => b.barrier)))];
  return (
    <DataTable
      label={tx(programmeUi.barriersTitle)}
      head={[tx(dashUi.colBarrier), ...columns.map(head)]}
    >
      {ids.map((id) => {
        const barrier = barriers.find((b) => b.id === id);
        return (
          <tr key={id}>
            <th scope="row">{barrier ? tx(barrier.title) : id}</th>
            {columns.map((c) => {
              const count = c.pool.barriers.find((b) => b.barrier === id)?.inProfile ?? 0;
              return (
                <td key={c.name}>
                  {c.pool.hidden
                    ? hidden(c.hidden ?? (c.pool.n ? 'small' : null))
                    : tx(dashUi.share, { n: count, pct: percent(count, c.pool.n) })}
                </td>
              );
            })}
          </tr>
        );
      })}
    </DataTable>
  );
}

/** Each network's phase from its newest own check, with its firms' view on the same statements. */
export function PhaseRows({ view }: { view: ProgrammeView }) {
  const { tx, date } = useI18n();
  return (
    <>
      {view.networks.map((n) => (
        <details key={n.network} class="card">
          <summary>
            <strong>{n.network || tx(programmeUi.unknown)}</strong>:{' '}
            {n.own
              ? tx(programmeUi.phaseOf, { phase: n.own.phase, date: date(n.own.at) })
              : tx(programmeUi.phaseNone)}
          </summary>
          {n.own && !n.own.gap && <p>{tx(programmeUi.gapHidden)}</p>}
          {n.own?.gap && <GapTable rows={n.own.gap} />}
        </details>
      ))}
    </>
  );
}

/** Each network's firms by quarter: how many, and their median per area. */
export function TrendRows({ view }: { view: ProgrammeView }) {
  const { tx } = useI18n();
  const period = (p: string) => {
    const [y, q] = p.split('-Q');
    return tx(programmeUi.period, { y: y ?? '', q: q ?? '' });
  };
  return (
    <>
      {view.networks
        .filter((n) => n.trend.length)
        .map((n) => (
          <details key={n.network} class="card">
            <summary>
              <strong>{n.network || tx(programmeUi.unknown)}</strong>
            </summary>
            <DataTable
              label={`${tx(programmeUi.trendTitle)}: ${n.network || tx(programmeUi.unknown)}`}
              head={[
                tx(programmeUi.colPeriod),
                tx(programmeUi.firms),
                ...dimensions.map((d) => areaTitle(tx, d.id)),
              ]}
            >
              {n.trend.map((t) => (
                <tr key={t.period}>
                  <th scope="row">{period(t.period)}</th>
                  <td>{t.n}</td>
                  {dimensions.map((d) => (
                    <td key={d.id}>{t.medians[d.id] ?? tx(dashUi.none)}</td>
                  ))}
                </tr>
              ))}
            </DataTable>
          </details>
        ))}
    </>
  );
}
