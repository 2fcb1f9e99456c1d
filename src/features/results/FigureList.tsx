import { useI18n } from '../../app/i18n';
import type { Figure } from '../../content/schema';
import { citationRef } from './describe';

/** Study figures, each with whose view it is and where it comes from. */
export function FigureList({ figures }: { figures: readonly Figure[] }) {
  const { t, tx } = useI18n();
  return (
    <ul class="figures">
      {figures.map((f) => (
        <li key={f.id}>
          <p class="figure__view">{t(`view.${f.view}`)}</p>
          <p>{tx(f.text)}</p>
          <p class="muted">{[...new Set(f.citations.map(citationRef))].join('; ')}</p>
        </li>
      ))}
    </ul>
  );
}
