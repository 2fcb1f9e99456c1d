// How the build splits the app's code, worked out from the import graph (no list of file names):
// - what the entry imports statically is the first screen (rolldown's own entry chunk);
// - a module that one lazy screen alone reaches goes with that screen (rolldown's default);
// - a module that several screens of one family reach (features/<family>/) goes to the family's
//   chunk, e.g. what the dashboard and the projector share;
// - a module that several families share goes to a shared chunk of its layer: 'content' (texts,
//   instruments, advice and the pure domain functions on them) or 'shared' (storage, components,
//   feature parts); more layers cost more in compression than they save a screen.
// A module reached only through an import() (a dynamic entry) starts its own chunk.

/** The screen family of a module (src/features/<family>/), or undefined. */
export const familyOf = (id) => /(?:^|\/)src\/features\/([\w-]+)\//.exec(id)?.[1];

const layerOf = (id) => (/\/src\/(content|domain)\//.test(id) ? 'content' : 'shared');

/** A codeSplitting group `name` function: the chunk of a source module, or null for the default. */
export function chunkNamer() {
  // the dynamic entries (and '*' for the app's entry) whose static imports reach a module
  const roots = new Map();
  const rootsOf = (id, info) => {
    if (roots.has(id)) return roots.get(id);
    const found = new Set();
    roots.set(id, found); // an import cycle adds nothing new
    const m = info(id);
    if (!m) return found;
    const lazy = m.dynamicImporters.length > 0;
    if (m.isEntry) found.add('*');
    if (lazy) found.add(id);
    for (const importer of m.importers)
      for (const r of rootsOf(importer, info)) if (!lazy || r === '*') found.add(r);
    return found;
  };
  return (id, ctx) => {
    if (!id.includes('/src/')) return null;
    const found = rootsOf(id, (x) => ctx.getModuleInfo(x));
    if (found.has('*') || found.size < 2) return null;
    const families = new Set([...found].map((r) => familyOf(r) ?? r));
    return families.size === 1 ? [...families][0] : layerOf(id);
  };
}
