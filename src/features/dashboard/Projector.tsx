import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { navigate } from '../../app/router';
import { barriers, triages } from '../../content/barriers';
import { kmuRecommendations } from '../../content/recommendations-kmu';
import { dashUi } from '../../content/ui-dashboard';
import type { Pool } from '../../domain/aggregate';
import { Heading } from '../../ui/Heading';
import { FigureList } from '../results/FigureList';
import { Areas } from './Areas';
import { BarrierTable, studyFigure } from './BarrierTable';
import { TopRecs } from './TopRecs';
import { percent } from './format';
import { useTestRuns } from './test-runs';
import { useMinGroup, usePool, useStoredChecks } from './use-pool';

/** Recommendations that answer a barrier (directly or through its triage), most frequent first. */
const answering = (barrier: string, pool: Pool) => {
  const mine = new Set(triages.filter((t) => t.barrier === barrier).map((t) => t.id));
  const fits = kmuRecommendations.filter((r) =>
    r.rules.some((rule) =>
      rule.all.some(
        (c) =>
          (c.kind === 'barrier' && c.barrier === barrier) ||
          (c.kind === 'triage' && mine.has(c.triage)),
      ),
    ),
  );
  const rank = (id: string) => {
    const i = pool.recommendations.findIndex((r) => r.id === id);
    return i < 0 ? Infinity : i;
  };
  return fits
    .sort((a, b) => rank(a.id) - rank(b.id))
    .slice(0, 3)
    .map((r) => ({ id: r.id, count: pool.recommendations.find((x) => x.id === r.id)?.count ?? 0 }));
};

/** Large-type slides for a projector: one chart or one barrier per slide, paged by keyboard. */
export function Projector({ scope }: { scope: string }) {
  const { tx } = useI18n();
  const { state: stored, arrivals } = useStoredChecks();
  // the dashboard's choice about Testläufe holds on the slides too
  const { state } = useTestRuns(stored);
  const [min] = useMinGroup();
  const pooled = usePool(state?.checks, scope, min);
  const [index, setIndex] = useState(0);
  // paging by key moves the focus to the new slide's heading; the buttons keep it where it is
  const [keyed, setKeyed] = useState(0);
  const pool = pooled?.pool;
  const top = pool && !pool.hidden ? pool.barriers.slice(0, 3) : [];
  const count = pool && !pool.hidden ? 4 + top.length : 1;
  const leave = () => navigate({ name: 'dashboard', scope });

  // the newest count and exit, read by one listener (an effect re-run lags behind fast key presses)
  const latest = useRef({ count, leave });
  latest.current = { count, leave };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Space on a button or field belongs to it, not to the slides
      if (e.key === ' ' && (e.target as Element).closest('button, a, input, select, summary'))
        return;
      const { count: n, leave: exit } = latest.current;
      const go = (to: (i: number) => number) => {
        e.preventDefault();
        setKeyed((k) => k + 1);
        setIndex((i) => Math.max(0, Math.min(n - 1, to(Math.min(i, n - 1)))));
      };
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) go((i) => i + 1);
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) go((i) => i - 1);
      else if (e.key === 'Home') go(() => 0);
      else if (e.key === 'End') go(() => n - 1);
      else if (e.key === 'Escape') exit();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const i = Math.min(index, count - 1);
  let title = tx(dashUi.title);
  let body = <p class="loading">{tx(dashUi.loading)}</p>;
  if (pool?.hidden) body = <p>{tx(dashUi.tooFew, { n: pool.n, min: pool.minGroup })}</p>;
  else if (pool) {
    const b = top[i - 3];
    const barrier = b && barriers.find((x) => x.id === b.barrier);
    if (i === 0) {
      title = tx(dashUi.slideTitle, { n: pool.n });
      body = (
        <>
          <h2>{tx(dashUi.slideTop)}</h2>
          <ol class="projector__big">
            {top.map((x) => {
              const def = barriers.find((y) => y.id === x.barrier);
              return (
                <li key={x.barrier}>
                  {def ? tx(def.title) : x.barrier}:{' '}
                  {tx(dashUi.share, {
                    n: x.inProfile,
                    pct: percent(x.inProfile, pool.n),
                  })}
                </li>
              );
            })}
          </ol>
        </>
      );
    } else if (i === 1) {
      title = tx(dashUi.areas);
      body = <Areas pool={pool} />;
    } else if (i === 2) {
      title = tx(dashUi.barriers);
      body = <BarrierTable pool={pool} max={6} study={false} />;
    } else if (barrier && b) {
      const fig = studyFigure(b.barrier);
      title = tx(dashUi.discuss, { barrier: tx(barrier.title) });
      body = (
        <>
          <p class="projector__big">{tx(barrier.description)}</p>
          {fig && <FigureList figures={[fig]} />}
          <h2>{tx(dashUi.discussAsk)}</h2>
          <TopRecs list={answering(b.barrier, pool)} max={3} />
        </>
      );
    } else {
      title = tx(dashUi.recs);
      body = <TopRecs list={pool.recommendations} max={3} />;
    }
  }

  return (
    <section class="projector">
      <Heading focusKey={keyed}>{title}</Heading>
      {arrivals > 0 && (
        <p role="status" class="projector__news">
          {tx(dashUi.updated)}
        </p>
      )}
      <div class="projector__slide">{body}</div>
      <nav class="projector__nav" aria-label={tx(dashUi.slides)}>
        <button type="button" class="btn" onClick={leave}>
          {tx(dashUi.leave)}
        </button>
        <button
          type="button"
          class="btn"
          aria-disabled={i === 0}
          onClick={() => setIndex(Math.max(0, i - 1))}
        >
          {tx(dashUi.prev)}
        </button>
        <span aria-live="polite">{tx(dashUi.slide, { i: i + 1, n: count })}</span>
        <button
          type="button"
          class="btn btn--primary"
          aria-disabled={i >= count - 1}
          onClick={() => setIndex(Math.min(count - 1, i + 1))}
        >
          {tx(dashUi.next)}
        </button>
      </nav>
      <p class="muted">{tx(dashUi.slideNav)}</p>
    </section>
  );
}
