/** The English of every content text, keyed by its German; loaded only when someone picks English. */
const catalogues = import.meta.glob<Record<string, string>>('./*.json', {
  eager: true,
  import: 'default',
});

/** German text → English text, from all catalogues. */
export const english: ReadonlyMap<string, string> = new Map(
  Object.values(catalogues).flatMap((c) => Object.entries(c)),
);
