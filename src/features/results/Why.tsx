import { useI18n } from '../../app/i18n';
import type { Citation, Dimension, Item } from '../../content/schema';
import type { Trigger } from '../../domain/conditions';
import { describeTrigger } from './describe';
import { Sources } from './Sources';

/** "Warum?": the answers that chose a step or triage (the intro only when there are any), then its sources. */
export function Why({
  triggers,
  citations,
  items,
  dimensions,
}: {
  triggers: readonly Trigger[];
  citations: readonly Citation[];
  items: Map<string, Item>;
  dimensions: readonly Dimension[];
}) {
  const i18n = useI18n();
  return (
    <details>
      <summary>{i18n.t('r.why')}</summary>
      {triggers.length > 0 && (
        <>
          <p>{i18n.t('r.whyIntro')}</p>
          <ul>
            {triggers.map((trig, i) => (
              <li key={i}>{describeTrigger(i18n, trig, items, dimensions)}</li>
            ))}
          </ul>
        </>
      )}
      <Sources citations={citations} />
    </details>
  );
}
