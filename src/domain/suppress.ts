/** Why a group's figures are not shown. */
export type Hidden = 'small' | 'complement';

/** Which parts of a total are hidden, and whether the total itself is. */
export interface Suppression {
  /** Per part: null when shown, else why it is hidden. */
  parts: (Hidden | null)[];
  total: Hidden | null;
}

/**
 * Decides which groups' figures to hide when the groups are shown side by side with their total
 * (networks and the whole programme, areas within them). A group below the minimum is hidden. So
 * that no hidden group can be recovered by subtracting the shown ones from the total, the hidden
 * groups together must be at least two and hold at least the minimum; until they do, the smallest
 * shown group is hidden as well, and when none is left, the total too. Groups of nobody need no
 * protection and give none. `hidden` marks groups already hidden for another reason.
 */
export function suppress(
  sizes: readonly number[],
  min: number,
  hidden: readonly (Hidden | null)[] = [],
): Suppression {
  const parts = sizes.map((n, i) => hidden[i] ?? (n > 0 && n < min ? 'small' : null));
  const total = sizes.reduce((a, b) => a + b, 0);
  // every part of a small total is small itself
  if (total < min) return { parts, total: 'small' };
  for (;;) {
    const covered = sizes.filter((n, i) => parts[i] && n > 0);
    const sum = covered.reduce((a, b) => a + b, 0);
    if (!covered.length || (covered.length >= 2 && sum >= min)) return { parts, total: null };
    let next = -1;
    sizes.forEach((n, i) => {
      if (!parts[i] && n > 0 && (next < 0 || n < sizes[next]!)) next = i;
    });
    if (next < 0) return { parts, total: 'complement' };
    parts[next] = 'complement';
  }
}
