import type { ExportFile } from '../schema/file';
import { FORMAT_VERSION } from './format';
import type { ValueProblem } from './values';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The backup file's text in pieces for a Blob, so no single huge string is built: one record per
 * line, each answer as a list [question id, value, time] instead of an object (a third the size).
 */
export function packFile(file: ExportFile): string[] {
  const { sessions, events, ...head } = file;
  const parts = [`${JSON.stringify({ ...head, version: FORMAT_VERSION }).slice(0, -1)},"events":[`];
  events.forEach((e, i) => parts.push(`${i ? ',' : ''}\n${JSON.stringify(e)}`));
  parts.push('\n],"sessions":[');
  sessions.forEach((s, i) => {
    const answers = Object.entries(s.answers).map(([id, a]) => [id, a.value, a.updatedAt]);
    parts.push(`${i ? ',' : ''}\n${JSON.stringify({ ...s, answers })}`);
  });
  parts.push('\n]}\n');
  return parts;
}

/**
 * Turns each check's answer lists back into one object per answer, in place (files of format 1
 * have objects already and stay as they are). Where a list is malformed: where, and which rule.
 */
export function unpackAnswers(raw: unknown): ValueProblem | null {
  const sessions = (raw as { sessions?: unknown }).sessions;
  if (!Array.isArray(sessions)) return null;
  for (const [n, s] of sessions.entries()) {
    const list = (s as { answers?: unknown } | null)?.answers;
    if (!Array.isArray(list)) continue;
    const at = ['sessions', n, 'answers'];
    const answers: Record<string, { value: unknown; updatedAt: unknown }> = {};
    for (const [k, a] of list.entries()) {
      if (!Array.isArray(a) || a.length !== 3 || typeof a[0] !== 'string')
        return { path: at, rule: 'answer-form', params: { n: k + 1 } };
      const [id, value, updatedAt] = a as [string, unknown, unknown];
      if (FORBIDDEN.has(id)) return { path: [...at, id], rule: 'forbidden-id' };
      if (Object.hasOwn(answers, id)) return { path: [...at, id], rule: 'answered-twice' };
      answers[id] = { value, updatedAt };
    }
    (s as { answers: unknown }).answers = answers;
  }
  return null;
}
