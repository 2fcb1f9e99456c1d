import { useI18n } from '../../app/i18n';
import { barriers } from '../../content/barriers';
import { figures } from '../../content/figures';
import { dashUi } from '../../content/ui-dashboard';
import type { Pool } from '../../domain/aggregate';
import { citationRef } from '../results/describe';
import { percent } from './format';
import { DataTable } from '../../ui/DataTable';

/** The barrier's survey figure from the coordinators' view, if the study has one. */
export const studyFigure = (barrier: string) => {
  const ids = barriers.find((b) => b.id === barrier)?.figures ?? [];
  return figures.find((f) => ids.includes(f.id) && f.view === 'coordinators');
};

/**
 * How often each barrier occurs in the group, next to the study's figure and whose view it is;
 * the projector shows the first rows without the figures (its later slides show them one by one).
 */
export function BarrierTable({
  pool,
  max,
  study = true,
}: {
  pool: Pool;
  max?: number;
  study?: boolean;
}) {
  const { t, tx } = useI18n();
  const share = (x: number) => tx(dashUi.share, { n: x, pct: percent(x, pool.n) });
  const head = [tx(dashUi.colBarrier), tx(dashUi.colTicked), tx(dashUi.colProfile)];
  return (
    <DataTable label={tx(dashUi.barriers)} head={study ? [...head, tx(dashUi.colStudy)] : head}>
      {pool.barriers.slice(0, max).map((b) => {
        const barrier = barriers.find((x) => x.id === b.barrier);
        const fig = studyFigure(b.barrier);
        return (
          <tr key={b.barrier}>
            <th scope="row">{barrier ? tx(barrier.title) : b.barrier}</th>
            <td>{share(b.ticked)}</td>
            <td>{share(b.inProfile)}</td>
            {study && (
              <td>
                {fig ? (
                  <>
                    <span class="figure__view">{t(`view.${fig.view}`)}: </span>
                    {tx(fig.text)}{' '}
                    <span class="muted">
                      ({[...new Set(fig.citations.map(citationRef))].join('; ')})
                    </span>
                  </>
                ) : (
                  tx(dashUi.none)
                )}
              </td>
            )}
          </tr>
        );
      })}
    </DataTable>
  );
}
