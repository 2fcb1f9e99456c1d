import { useI18n } from '../../app/i18n';
import { kmuRecommendations } from '../../content/recommendations-kmu';
import { dashUi } from '../../content/ui-dashboard';
import { Sources } from '../results/Sources';

/** The recommendations most firms of the group got, with how many and their sources. */
export function TopRecs({
  list,
  max = 5,
}: {
  list: { id: string; count: number }[];
  max?: number;
}) {
  const { tx } = useI18n();
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
            <Sources citations={r.citations} />
          </li>
        );
      })}
    </ol>
  );
}
