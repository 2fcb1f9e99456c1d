import { useI18n } from '../../app/i18n';
import type { Dimension } from '../../content/schema';
import { HIGH_FROM, LOW_BELOW, type DimensionScore } from '../../domain/score';
import { DataTable } from '../../ui/DataTable';
import { RadarChart } from '../../ui/RadarChart';

/** The profile as a radar chart and, with the same values, a table. */
export function Profile({
  scores,
  dimensions,
}: {
  scores: DimensionScore[];
  dimensions: readonly Dimension[];
}) {
  const { t, tx } = useI18n();
  const rows = scores.map((s) => ({ s, d: dimensions.find((d) => d.id === s.dimension) }));
  return (
    <section aria-labelledby="profile-h">
      <h2 id="profile-h">{t('r.profile')}</h2>
      {/* it speaks of the chart, which paper does not show */}
      <p class="no-print">{t('r.profileIntro')}</p>
      <RadarChart
        title={t('r.chartLabel')}
        rings={[LOW_BELOW, HIGH_FROM]}
        axes={rows.map(({ s, d }) => ({ label: d ? tx(d.short) : s.dimension, value: s.score }))}
      />
      <DataTable
        label={t('r.tableCaption')}
        caption={t('r.tableCaption')}
        head={[t('r.colArea'), t('r.colScore'), t('r.colBand')]}
      >
        {rows.map(({ s, d }) => (
          <tr key={s.dimension}>
            <th scope="row">{d ? tx(d.title) : s.dimension}</th>
            <td>{s.score ?? '–'}</td>
            <td>
              {s.band ? (
                <span class={`band band--${s.band}`}>{t(`band.${s.band}`)}</span>
              ) : (
                t('r.tooFew')
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
