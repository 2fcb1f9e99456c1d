import { useI18n } from '../../app/i18n';
import { kmuRecommendations } from '../../content/recommendations-kmu';
import { dashUi } from '../../content/ui-dashboard';
import { studyPlaces } from '../../content/study-places';
import { Sources } from '../results/Sources';

/** The firms' steps most of the group got, with how many, what they are derived from and their sources. */
export function TopRecs({
  list,
  max = 5,
}: {
  list: { id: string; count: number }[];
  max?: number;
}) {
  const { t, tx } = useI18n();
  return (
    <ol class="cards">
      {list.slice(0, max).map(({ id, count }) => {
        const r = kmuRecommendations.find((x) => x.id === id);
        if (!r) return null;
        return (
          <li class="card" key={id}>
            <h3>{tx(r.title)}</h3>
            <p class="muted">{tx(dashUi.recsCount, { n: count })}</p>
            <p>{tx(r.body)}</p>
            {r.derivedFrom && (
              <p class="derived">{t('r.derived', { refs: studyPlaces(r.derivedFrom) })}</p>
            )}
            <Sources citations={r.citations} />
          </li>
        );
      })}
    </ol>
  );
}
