import type { Citation } from '../../content/schema';
import { useI18n } from '../../app/i18n';
import { citationRef } from './describe';

/** The citations of a recommendation, figure or triage: study, section and the quoted words. */
export function Sources({ citations }: { citations: readonly Citation[] }) {
  const { t } = useI18n();
  return (
    <div class="sources">
      <p class="sources__title">{t('r.sources')}:</p>
      <ul>
        {citations.map((c, i) => (
          <li key={i}>
            <cite>{citationRef(c)}</cite>: <q lang="de">{c.quote}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}
