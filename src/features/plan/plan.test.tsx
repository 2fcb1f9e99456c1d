// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connect, resetConnection } from '../../storage/connection';
import { MemorySeam } from '../../storage/seam-memory';
import {
  createSession,
  getSession,
  planChange,
  planWrites,
  planWaiting,
  type PlanFields,
} from '../../storage/sessions';
import { replayWrites } from '../../storage/write-ahead';
import type { SessionRecord } from '../../storage/types';
import { PlanToggle } from './PlanToggle';
import { usePlan } from './use-plan';

afterEach(cleanup);

function Harness({ initial }: { initial?: PlanFields }) {
  const [fields, setFields] = useState(initial);
  return (
    <PlanToggle
      id="plan-r1"
      title="Kammer fragen"
      fields={fields}
      onChange={(f) => setFields(f ?? undefined)}
      onDone={() => {}}
    />
  );
}

describe('PlanToggle', () => {
  it('is a named checkbox; ticked, it shows labelled fields for who, by when and a note', () => {
    render(<Harness />);
    const box = screen.getByRole('checkbox', { name: 'Das packe ich an: Kammer fragen' });
    expect(box).toHaveProperty('checked', false);
    expect(screen.queryByLabelText('Wer?')).toBeNull();
    fireEvent.click(box);
    expect(box).toHaveProperty('checked', true);
    expect(screen.getByRole('group', { name: 'Kammer fragen' })).toBeTruthy();
    expect(screen.getByLabelText('Wer?')).toHaveProperty('type', 'text');
    expect(screen.getByLabelText('Bis wann?')).toHaveProperty('type', 'date');
    expect(screen.getByLabelText('Notiz').tagName).toBe('TEXTAREA');
    fireEvent.click(box);
    expect(screen.queryByLabelText('Wer?')).toBeNull();
  });

  it('asks before unticking a filled step, and keeps it on "Behalten"', () => {
    render(<Harness initial={{ who: 'Frau Kaya', due: '', note: '' }} />);
    const box = screen.getByRole('checkbox', { name: /Das packe ich an/ });
    fireEvent.click(box);
    expect(screen.getByText('Schritt aus dem Plan nehmen?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Behalten' }));
    expect(box).toHaveProperty('checked', true);
    expect(screen.getByLabelText('Wer?')).toHaveProperty('value', 'Frau Kaya');
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Aus dem Plan nehmen' }));
    expect(screen.queryByLabelText('Wer?')).toBeNull();
  });
});

function PlanHarness({ session }: { session: SessionRecord }) {
  const { plan, set, flush } = usePlan(session);
  return (
    <PlanToggle
      id="plan-r1"
      title="Kammer fragen"
      fields={plan.r1}
      onChange={(f, typing) => set('r1', f, typing)}
      onDone={flush}
    />
  );
}

describe('usePlan', () => {
  it('stores a tick at once and the last keystroke on pagehide, noted before that', async () => {
    resetConnection();
    localStorage.clear();
    await connect(async () => new MemorySeam());
    const s = await createSession({ instrumentId: 'kmu', instrumentVersion: 1, role: 'kmu' });
    vi.useFakeTimers();
    render(<PlanHarness session={s} />);
    fireEvent.click(screen.getByRole('checkbox'));
    await act(async () => void (await vi.advanceTimersByTimeAsync(0)));
    expect((await getSession(s.id))?.plan?.[0]?.who).toBe('');

    fireEvent.input(screen.getByLabelText('Wer?'), { target: { value: 'Frau Kaya' } });
    expect(planWaiting(s.id).get('r1')?.who).toBe('Frau Kaya');
    await act(async () => void (await vi.advanceTimersByTimeAsync(50)));
    expect((await getSession(s.id))?.plan?.[0]?.who).toBe('');
    dispatchEvent(new Event('pagehide'));
    await act(async () => void (await vi.advanceTimersByTimeAsync(0)));
    expect((await getSession(s.id))?.plan?.[0]?.who).toBe('Frau Kaya');
    expect(planWaiting(s.id).size).toBe(0);
    vi.useRealTimers();
  });

  it('shows a plan step noted before the page went, and the next start writes it', async () => {
    resetConnection();
    localStorage.clear();
    await connect(async () => new MemorySeam());
    const s = await createSession({ instrumentId: 'kmu', instrumentVersion: 1, role: 'kmu' });
    planWrites.note(...planChange(s.id, 'r1', { who: 'Herr Braun', due: '', note: 'offen' }));
    render(<PlanHarness session={s} />);
    expect(screen.getByLabelText('Notiz')).toHaveProperty('value', 'offen');
    expect(await replayWrites()).toBe(1);
    expect((await getSession(s.id))?.plan?.[0]?.who).toBe('Herr Braun');
    expect(planWaiting(s.id).size).toBe(0);
  });

  it('carries a plan noted by the app before this version over at the first start', async () => {
    resetConnection();
    localStorage.clear();
    await connect(async () => new MemorySeam());
    const s = await createSession({ instrumentId: 'kmu', instrumentVersion: 1, role: 'kmu' });
    localStorage.setItem(
      'netzwerk-check.plan',
      JSON.stringify({ [s.id]: { r1: { who: 'Herr Braun', due: '', note: 'offen' } } }),
    );
    expect(await replayWrites()).toBe(1);
    expect(localStorage.getItem('netzwerk-check.plan')).toBeNull();
    const stored = (await getSession(s.id))!;
    expect(stored.plan).toMatchObject([
      { recommendationId: 'r1', who: 'Herr Braun', note: 'offen' },
    ]);
    render(<PlanHarness session={stored} />);
    expect(screen.getByLabelText('Notiz')).toHaveProperty('value', 'offen');
  });
});
