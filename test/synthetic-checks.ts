/** An item as the generator needs it (taken from the app's instrument by the caller). */
export interface SyntheticItem {
  id: string;
  type: string;
  options?: string[];
}

/** What to generate: `count` checks numbered from `from`, answers drawn from `seed`. */
export interface SyntheticSpec {
  from: number;
  count: number;
  seed: number;
  /** Time of the first check (ms); each next one is a minute later. */
  at: number;
  instrumentId: string;
  items: SyntheticItem[];
  eventId?: string;
  /** Added to updatedAt: a later version of the same checks. */
  later?: number;
  /** First part of every id (default: the seed); same prefix and number give the same check id. */
  idPrefix?: number;
}

/**
 * Checks as they appear in an export file, with answers from a small seeded random generator.
 * Self-contained (no imports, no closures) so that a page can run it in the browser: about one in
 * twenty is left unfinished, one in ten skips answers, likert items get "weiß nicht" now and then.
 */
export function syntheticChecks(spec: SyntheticSpec) {
  let state = spec.seed >>> 0;
  const rand = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [];
  for (let k = spec.from; k < spec.from + spec.count; k++) {
    const createdAt = spec.at + k * 60_000;
    const updatedAt = createdAt + 600_000 + (spec.later ?? 0);
    const sparse = rand() < 0.1;
    const lean = rand() * 4;
    const answers: Record<string, { value: number | string | string[]; updatedAt: number }> = {};
    for (const item of spec.items) {
      if (item.type === 'text' || (sparse && rand() < 0.6)) continue;
      const options = item.options ?? [];
      let value: number | string | string[];
      if (item.type === 'likert')
        value =
          rand() < 0.06 ? 'na' : Math.min(5, Math.max(1, Math.round(1 + lean + rand() * 2 - 1)));
      else if (item.type === 'single') value = options[Math.floor(rand() * options.length)] ?? '';
      else value = options.filter(() => rand() < 0.3);
      answers[item.id] = { value, updatedAt };
    }
    const id = `${(spec.idPrefix ?? spec.seed).toString(16).padStart(8, '0').slice(-8)}-0000-4000-8000-${k.toString(16).padStart(12, '0')}`;
    const done = rand() >= 0.05;
    out.push({
      id,
      instrumentId: spec.instrumentId,
      instrumentVersion: 1,
      role: 'kmu' as const,
      createdAt,
      updatedAt,
      ...(done ? { completedAt: updatedAt } : {}),
      position: 0,
      ...(spec.eventId ? { eventId: spec.eventId } : {}),
      answers,
    });
  }
  return out;
}
