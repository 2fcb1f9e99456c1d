import { useI18n } from '../../app/i18n';
import { phaseSteps } from '../../content/phases';
import { networkUi } from '../../content/ui-network';
import type { PhaseDiagnosis } from '../../domain/phase';
import { Sources } from './Sources';

const PHASE_TITLE = {
  I: networkUi.phaseI,
  II: networkUi.phaseII,
  III: networkUi.phaseIII,
} as const;
const ANSWER = {
  partly: networkUi.answerPartly,
  no: networkUi.answerNo,
  open: networkUi.answerOpen,
} as const;

/** The network's phase (JOBSTARTER) as three progress bars, the next steps, and its ATB position. */
export function PhaseSection({ diagnosis: d }: { diagnosis: PhaseDiagnosis }) {
  const { tx } = useI18n();
  const stepTitle = (id: string | undefined) => phaseSteps.find((s) => s.id === id);
  return (
    <section aria-labelledby="phase-h">
      <h2 id="phase-h">{tx(networkUi.phaseTitle)}</h2>
      <p class="lead" data-testid="phase-now">
        {tx(networkUi.phaseNow, { phase: tx(PHASE_TITLE[d.phase]) })}
      </p>
      <p class="muted">{tx(networkUi.phaseIntro)}</p>
      <ul class="phases">
        {d.phases.map((p) => {
          const share = p.score === null ? null : Math.round(p.score * 100);
          return (
            <li key={p.phase}>
              <label>
                <span>
                  {tx(PHASE_TITLE[p.phase])}:{' '}
                  {p.skipped
                    ? tx(networkUi.phaseSkipped)
                    : share === null
                      ? tx(networkUi.phaseNone)
                      : tx(networkUi.phaseShare, { share })}
                  {p.done
                    ? ` (${tx(networkUi.phaseDone)})`
                    : p.steps.some((st) => st.status === 'unclear')
                      ? ` (${tx(networkUi.phaseUnclear)})`
                      : p.begun
                        ? ` (${tx(networkUi.phaseBegun)})`
                        : ''}
                </span>
                <progress max={100} value={share ?? 0} />
              </label>
            </li>
          );
        })}
      </ul>
      <h3>{tx(networkUi.nextTitle)}</h3>
      {d.next.length === 0 && <p>{tx(networkUi.nextNone)}</p>}
      <ol class="cards">
        {d.next.map(({ item, answer, early }) => {
          const step = stepTitle(item.step);
          return (
            <li class="card" key={item.id}>
              <p class="muted">
                {step ? tx(step.title) : item.step} · {tx(ANSWER[answer])}
                {early ? ` · ${tx(networkUi.nextEarly)}` : ''}
              </p>
              <h4>{tx(item.text)}</h4>
              {item.evidence && <p>{tx(item.evidence)}</p>}
              {item.citations && (
                <details>
                  <summary>{tx(networkUi.source)}</summary>
                  <Sources citations={item.citations} />
                </details>
              )}
            </li>
          );
        })}
      </ol>
      <h3>{tx(networkUi.portfolioTitle)}</h3>
      <p>
        {tx(networkUi.portfolioText, {
          development: d.development ?? '–',
          maturity: d.maturity ? tx(networkUi[`maturity${d.maturity}`]) : tx(networkUi.unknown),
          structure: d.structure ?? '–',
          structureLevel: d.structureLevel
            ? tx(networkUi[`structure${d.structureLevel}`])
            : tx(networkUi.unknown),
        })}
      </p>
      <p class="muted">{tx(networkUi.portfolioNote)}</p>
    </section>
  );
}
