import type { ImportRule } from '../../content/ui-import';
import { realDay } from '../schema/fields';
import type { ExportFile } from '../types';

/** What the value rules need to know of a question. */
export interface ItemRule {
  type: 'likert' | 'single' | 'multi' | 'text';
  options?: readonly { id: string }[];
}

/** The longest free-text answer the questionnaire takes. */
export const TEXT_MAX = 2000;

/** How far a time may lie ahead of this device's clock (another device's clock may be off). */
export const CLOCK_SLACK_MS = 30 * 864e5;

const shown = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

/** Which rule an answer for this question breaks, or null when it fits. */
function wrongAnswer(item: ItemRule, v: unknown): Omit<ValueProblem, 'path'> | null {
  const ids = new Set(item.options?.map((o) => o.id));
  const ok =
    item.type === 'likert'
      ? v === 'na' || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5)
      : item.type === 'single'
        ? typeof v === 'string' && ids.has(v)
        : item.type === 'multi'
          ? Array.isArray(v) && v.every((x) => ids.has(x as string)) && new Set(v).size === v.length
          : typeof v === 'string' && v.length <= TEXT_MAX;
  if (ok) return null;
  const rule =
    item.type === 'text'
      ? typeof v === 'string'
        ? 'text-too-long'
        : 'not-text'
      : item.type === 'likert'
        ? 'not-scale'
        : 'not-option';
  return { rule, params: { value: shown(v), max: TEXT_MAX } };
}

/** Where a rule is broken (a path into the file), which rule, and what the message shows of it. */
export interface ValueProblem {
  path: PropertyKey[];
  rule: ImportRule;
  params?: Record<string, string | number>;
}

/**
 * Checks the values of a well-formed export file against the app's instruments and the calendar:
 * answers the question allows, real dates in a sane range, one event per id, one plan step per
 * recommendation, a PIN hash only with its salt. The first problem found, or null.
 */
export function checkValues(
  file: ExportFile,
  itemsOf: (instrumentId: string, version: number) => ReadonlyMap<string, ItemRule> | undefined,
  now: number,
): ValueProblem | null {
  const latest = now + CLOCK_SLACK_MS;
  const time = (path: PropertyKey[], ms: number | undefined): ValueProblem | null =>
    ms === undefined || ms <= latest
      ? null
      : { path, rule: 'future', params: { value: shown(ms) } };
  const day = (path: PropertyKey[], s: string): ValueProblem | null =>
    realDay(s) ? null : { path, rule: 'day', params: { value: shown(s) } };

  for (const [n, s] of file.sessions.entries()) {
    const at = (...p: PropertyKey[]) => ['sessions', n, ...p];
    const bad =
      time(at('createdAt'), s.createdAt) ??
      time(at('updatedAt'), s.updatedAt) ??
      time(at('completedAt'), s.completedAt);
    if (bad) return bad;
    const items = itemsOf(s.instrumentId, s.instrumentVersion);
    for (const [id, a] of Object.entries(s.answers)) {
      const item = items?.get(id);
      const wrong = item && wrongAnswer(item, a.value);
      if (wrong) return { path: at('answers', id), ...wrong };
      const late = time(at('answers', id, 'updatedAt'), a.updatedAt);
      if (late) return late;
    }
    const steps = new Map<string, number>();
    for (const [k, p] of (s.plan ?? []).entries()) {
      const first = steps.get(p.recommendationId);
      if (first !== undefined)
        return {
          path: at('plan', k, 'recommendationId'),
          rule: 'same-step',
          params: { n: first + 1 },
        };
      steps.set(p.recommendationId, k);
      const bad = (p.due && day(at('plan', k, 'due'), p.due)) || time(at('plan', k), p.updatedAt);
      if (bad) return bad;
    }
  }
  const seen = new Map<string, number>();
  for (const [n, e] of file.events.entries()) {
    const at = (p: string) => ['events', n, p];
    const first = seen.get(e.id);
    if (first !== undefined)
      return { path: at('id'), rule: 'same-event', params: { n: first + 1 } };
    seen.set(e.id, n);
    if (!e.pinHash !== !e.pinSalt) return { path: at('pinSalt'), rule: 'pin-salt' };
    const bad =
      day(at('date'), e.date) ??
      time(at('createdAt'), e.createdAt) ??
      time(at('updatedAt'), e.updatedAt) ??
      time(at('closedAt'), e.closedAt);
    if (bad) return bad;
  }
  return null;
}
