import type { Band, Condition, Rule } from '../content/schema';
import type { AnswerValue } from './types';

type AnswerCondition = Extract<Condition, { kind: 'answer' }>;

/** Whether one stored answer satisfies an answer condition (anyOf and/or min/max). */
export function answerMatches(c: AnswerCondition, value: AnswerValue | undefined): boolean {
  if (value === undefined || value === '') return false;
  if (c.anyOf) {
    const given = Array.isArray(value) ? value : [String(value)];
    if (!given.some((v) => c.anyOf?.includes(v))) return false;
  }
  if (c.min !== undefined || c.max !== undefined) {
    if (typeof value !== 'number') return false;
    if (c.min !== undefined && value < c.min) return false;
    if (c.max !== undefined && value > c.max) return false;
  }
  return true;
}

/** What a rule can look at besides the raw answers. */
export interface RuleContext {
  answers: Readonly<Record<string, AnswerValue>>;
  bands: ReadonlyMap<string, { band: Band; score: number }>;
  barriers: ReadonlyMap<string, { ticked: boolean }>;
  /** Chosen triages by id, with whether their barrier was ticked. */
  triages: ReadonlyMap<string, { ticked: boolean }>;
  /** Items that describe the firm or network (membership, typology): gates, never evidence. */
  gates: ReadonlySet<string>;
  /** For a network check: its current phase and development stage. */
  phase?: 'I' | 'II' | 'III';
  maturity?: 'initial' | 'growth' | 'mature';
}

/** Why a condition held: shown to the user under "Warum?". */
export type Trigger =
  | { kind: 'band'; dimension: string; band: Band; score: number }
  | { kind: 'answer'; item: string; value: AnswerValue; gate: boolean }
  | { kind: 'barrier'; barrier: string; ticked: boolean }
  | { kind: 'triage'; triage: string; ticked: boolean }
  | { kind: 'phase'; phase: 'I' | 'II' | 'III' }
  | { kind: 'maturity'; maturity: 'initial' | 'growth' | 'mature' };

/** The trigger for a condition if it holds, or null. */
export function checkCondition(c: Condition, ctx: RuleContext): Trigger | null {
  switch (c.kind) {
    case 'band': {
      const s = ctx.bands.get(c.dimension);
      return s && c.bands.includes(s.band) ? { kind: 'band', dimension: c.dimension, ...s } : null;
    }
    case 'answer': {
      const value = ctx.answers[c.item];
      return value !== undefined && answerMatches(c, value)
        ? { kind: 'answer', item: c.item, value, gate: ctx.gates.has(c.item) }
        : null;
    }
    case 'barrier': {
      const b = ctx.barriers.get(c.barrier);
      return b ? { kind: 'barrier', barrier: c.barrier, ticked: b.ticked } : null;
    }
    case 'triage': {
      const tr = ctx.triages.get(c.triage);
      return tr ? { kind: 'triage', triage: c.triage, ticked: tr.ticked } : null;
    }
    case 'phase':
      return ctx.phase && c.phases.includes(ctx.phase) ? { kind: 'phase', phase: ctx.phase } : null;
    case 'maturity':
      return ctx.maturity && c.levels.includes(ctx.maturity)
        ? { kind: 'maturity', maturity: ctx.maturity }
        : null;
  }
}

/** The triggers of all conditions if every one holds, else null. */
export function checkAll(conds: readonly Condition[], ctx: RuleContext): Trigger[] | null {
  const out: Trigger[] = [];
  for (const c of conds) {
    const t = checkCondition(c, ctx);
    if (!t) return null;
    out.push(t);
  }
  return out;
}

/** The triggers of a rule if all its conditions hold and none of its `unless` does, else null. */
export function checkRule(rule: Pick<Rule, 'all' | 'unless'>, ctx: RuleContext): Trigger[] | null {
  const triggers = checkAll(rule.all, ctx);
  if (!triggers) return null;
  return rule.unless?.some((c) => checkCondition(c, ctx)) ? null : triggers;
}
