import { useI18n } from '../../app/i18n';
import { figures as allFigures } from '../../content/figures';
import { barriers as allBarriers } from '../../content/barriers';
import type { BarrierHit } from '../../domain/barriers';
import { FigureList } from './FigureList';

/** Study figures next to the person's barriers, each saying whose view it is. */
export function Figures({ hits }: { hits: BarrierHit[] }) {
  const { t } = useI18n();
  const ids = new Set(
    (hits.length ? hits : allBarriers.map((b) => ({ barrier: b.id }))).flatMap(
      (h) => allBarriers.find((b) => b.id === h.barrier)?.figures ?? [],
    ),
  );
  const shown = allFigures.filter((f) => ids.has(f.id));
  if (!shown.length) return null;
  return (
    <section aria-labelledby="figures-h">
      <h2 id="figures-h">{t('r.figures')}</h2>
      <p>{t('r.figuresIntro')}</p>
      <FigureList figures={shown} />
    </section>
  );
}
