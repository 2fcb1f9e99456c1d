import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { navigate } from '../../app/router';
import type { Item } from '../../content/schema';
import type { AnswerValue } from '../../domain/types';
import { visibleBlocks, visibleItems } from '../../domain/visibility';
import { saveAnswer } from '../../storage/answers';
import { completeSession, setPosition } from '../../storage/sessions';
import { Heading } from '../../ui/Heading';
import { summarizer } from '../summary';
import { useCheck } from '../use-check';
import { ProgressBar } from '../../ui/ProgressBar';
import { Question } from './Question';

/** Runs one check page by page; the single owner of its answers. Every answer is stored at once. */
export function Questionnaire({
  id,
  page,
  kiosk = false,
}: {
  id: string;
  page: number;
  kiosk?: boolean;
}) {
  const { t, tx } = useI18n();
  const [state, setState] = useCheck(id, kiosk);
  const [openCount, setOpenCount] = useState(0);

  const blocks = useMemo(
    () =>
      state && typeof state === 'object' ? visibleBlocks(state.instrument, state.answers) : [],
    [state],
  );

  useEffect(() => setOpenCount(0), [page]);

  // one function for the check's life: a tap re-renders only the question it changed
  const onAnswer = useCallback(
    (item: Item, value: AnswerValue | null) => {
      // start the write before the re-render, so storing never waits for a frame
      void saveAnswer(id, item.id, value);
      setState((s) => {
        if (!s || typeof s === 'string') return s;
        const answers = { ...s.answers };
        if (value === null) delete answers[item.id];
        else answers[item.id] = value;
        return { ...s, answers };
      });
    },
    [id, setState],
  );

  if (state === null) return <p class="loading">{t('loading')}</p>;
  if (state === 'private') return <p class="notice">{t('q.private')}</p>;
  if (state === 'missing') return <p role="alert">{t('q.notFound')}</p>;

  const current = Math.min(page, blocks.length - 1);
  const block = blocks[current];
  if (!block) return <p role="alert">{t('q.notFound')}</p>;
  const items = visibleItems(block, state.answers);
  const last = current === blocks.length - 1;

  const go = async (to: number) => {
    const open = items.filter((i) => i.type !== 'text' && state.answers[i.id] === undefined).length;
    if (to > current && open > 0 && openCount !== open) {
      setOpenCount(open);
      return;
    }
    if (to < blocks.length) {
      await setPosition(id, to);
      navigate(
        kiosk ? { name: 'kioskCheck', id, page: to } : { name: 'check', id, page: to },
        kiosk,
      );
    } else {
      await completeSession(id, summarizer);
      navigate(kiosk ? { name: 'kioskResult', id } : { name: 'result', id }, kiosk);
    }
  };

  return (
    <form
      class="questionnaire"
      onSubmit={(e) => {
        e.preventDefault();
        void go(current + 1);
      }}
    >
      <ProgressBar
        value={current + 1}
        max={blocks.length}
        label={t('q.progressLabel')}
        text={t('q.progress', { page: current + 1, pages: blocks.length })}
      />
      <p class="eyebrow">{tx(state.instrument.title)}</p>
      <Heading focusKey={current}>{tx(block.title)}</Heading>
      {block.intro && <p class="lead">{tx(block.intro)}</p>}
      {items.map((item) => (
        <Question key={item.id} item={item} value={state.answers[item.id]} onAnswer={onAnswer} />
      ))}
      {openCount > 0 && (
        <p class="notice" role="status">
          {t('q.unanswered', { n: openCount })}
        </p>
      )}
      <div class="actions actions--nav">
        {current > 0 && (
          <button type="button" class="btn" onClick={() => void go(current - 1)}>
            {t('q.back')}
          </button>
        )}
        <button type="submit" class="btn btn--primary">
          {last ? t('q.finish') : t('q.next')}
        </button>
      </div>
    </form>
  );
}
