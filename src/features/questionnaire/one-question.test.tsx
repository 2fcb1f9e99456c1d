// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { options, type VNode } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nContext, makeI18n } from '../../app/i18n';
import { loadAnswers } from '../../storage/answers';
import { connect, resetConnection } from '../../storage/connection';
import { MemorySeam } from '../../storage/seam-memory';
import { createSession } from '../../storage/sessions';
import { Likert } from '../../ui/Likert';
import { Questionnaire } from './Questionnaire';

/** Counts how often a Likert question is drawn while `act` runs. */
async function likertDraws(act: () => Promise<void> | void) {
  let n = 0;
  const before = options.diffed;
  options.diffed = (vnode: VNode) => {
    if (vnode.type === Likert) n++;
    before?.(vnode);
  };
  try {
    await act();
  } finally {
    options.diffed = before;
  }
  return n;
}

let redraw: () => void = () => {};
/** The questionnaire under a language context that a test can hand a new value. */
function Page({ id }: { id: string }) {
  const [i18n, set] = useState(() => makeI18n('de', () => {}));
  redraw = () => set(makeI18n('de', () => {}));
  return (
    <I18nContext.Provider value={i18n}>
      <Questionnaire id={id} page={1} />
    </I18nContext.Provider>
  );
}

afterEach(cleanup);

describe('a tap on one question', () => {
  beforeEach(async () => {
    resetConnection();
    await connect(async () => new MemorySeam());
  });

  it('draws only that question again, stores its answer, and a language change reaches them all', async () => {
    const s = await createSession({ instrumentId: 'kmu', instrumentVersion: 1, role: 'kmu' });
    const { container } = render(<Page id={s.id} />);
    await screen.findByRole('heading', { level: 1 });
    const groups = [...container.querySelectorAll('fieldset.likert')];
    expect(groups.length).toBeGreaterThan(2);
    const first = groups[0]!.querySelector<HTMLInputElement>('input[type=radio]')!;
    const drawn = await likertDraws(async () => {
      fireEvent.click(first);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(first.checked).toBe(true);
    expect(drawn).toBe(1);
    expect(Object.keys(await loadAnswers(s.id))).toEqual([first.name]);
    const all = await likertDraws(async () => {
      redraw();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(all).toBe(groups.length);
  });
});
