import { useI18n } from '../../app/i18n';
import { studyPlaces } from '../../content/study-places';
import type { Recommendation } from '../../content/schema';
import { planUi } from '../../content/ui-plan';
import { citationRef } from '../results/describe';
import type { Plan } from '../../storage/sessions';

/** Prints only the action plan; the attribute tells the print styles to hide everything else. */
export function printPlan() {
  const root = document.documentElement;
  root.dataset.print = 'plan';
  addEventListener('afterprint', () => delete root.dataset.print, { once: true });
  print();
}

/** The action plan as one printed page (hidden on screen): each step with who, by when, note, sources. */
export function PlanSheet({
  steps,
  plan,
  meta,
  label,
}: {
  steps: readonly Recommendation[];
  plan: Plan;
  meta: string;
  label?: string;
}) {
  const { t, tx, day } = useI18n();
  return (
    <div class="plan-sheet">
      <h2>{tx(planUi.title)}</h2>
      <p>
        {label && `${tx(planUi.label, { label })} · `}
        {meta}
      </p>
      <table class="table">
        <thead>
          <tr>
            {[planUi.step, planUi.who, planUi.due, planUi.note].map((h, i) => (
              <th key={i} scope="col">
                {tx(h)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {steps.map((r) => {
            const f = plan[r.id];
            return (
              f && (
                <tr key={r.id}>
                  <td>
                    <strong>{tx(r.title)}</strong>
                    <p class="sources">
                      {r.derivedFrom &&
                        `${t(r.audience === 'kmu' ? 'r.derived' : 'r.derivedStudy', {
                          refs: studyPlaces(r.derivedFrom),
                        })}. `}
                      {t('r.sources')}: {r.citations.map(citationRef).join('; ')}
                    </p>
                  </td>
                  <td>{f.who}</td>
                  <td>{f.due && day(f.due)}</td>
                  <td>{f.note}</td>
                </tr>
              )
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
