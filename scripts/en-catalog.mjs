// Build step: English texts leave the JavaScript and ship as a JSON message catalog that the app
// loads only when someone switches to English (German is the default; most users never need it).
// It reads every content module, collects the English side of each { de, en } text, and replaces
// those string literals in the code by their index in the catalog; the app resolves the index.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createServer } from 'vite';

const CONTENT = 'src/content';

async function collect(root) {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const de = new Set();
  const en = new Set();
  const seen = new Set();
  const walk = (o) => {
    if (!o || typeof o !== 'object' || seen.has(o)) return;
    seen.add(o);
    if (typeof o.de === 'string' && typeof o.en === 'string') {
      de.add(o.de);
      if (o.en !== o.de) en.add(o.en);
      return;
    }
    for (const v of Object.values(o)) walk(v);
  };
  try {
    const files = readdirSync(`${root}/${CONTENT}`, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('schema.ts'));
    for (const f of files) walk(await server.ssrLoadModule(`/${CONTENT}/${f}`));
  } finally {
    await server.close();
  }
  // only texts that are English alone and look like prose: ids and shared words stay untouched
  return [...en].filter((s) => !de.has(s) && (s.includes(' ') || s.length >= 12)).sort();
}

/** The vite plugin: catalog file, its URL for the app, and the rewritten string literals. */
export function enCatalog() {
  let strings = [];
  let index = new Map();
  let file = '';
  return {
    name: 'en-catalog',
    apply: 'build',
    async config(config) {
      strings = await collect(config.root ?? process.cwd());
      index = new Map(strings.map((s, i) => [s, i]));
      const hash = createHash('sha256').update(JSON.stringify(strings)).digest('hex').slice(0, 8);
      file = `assets/en-${hash}.json`;
      return { define: { __EN_CATALOG__: JSON.stringify(file) } };
    },
    transform: {
      order: 'post',
      handler(code, id) {
        if (!id.includes('/src/') || id.includes('node_modules') || !/\.[jt]sx?$/.test(id)) return;
        const ast = this.parse(code);
        const cuts = [];
        const visit = (node, parent, key) => {
          if (!node || typeof node.type !== 'string') return;
          const english = node.type === 'Literal' && index.has(node.value);
          // an English text used as a key, a case or in a comparison is not display text: stop
          if (
            english &&
            (parent?.type === 'BinaryExpression' ||
              parent?.type === 'SwitchCase' ||
              (parent?.type === 'Property' && key === 'key'))
          )
            this.error(`"${node.value}" is an English text and also a key or a compared value`);
          if (
            english &&
            typeof node.value === 'string' &&
            !(parent?.type === 'Property' && key === 'key' && !parent.computed) &&
            parent?.type !== 'ImportDeclaration' &&
            parent?.type !== 'ExportNamedDeclaration'
          )
            cuts.push([node.start, node.end, String(index.get(node.value))]);
          for (const k of Object.keys(node)) {
            const v = node[k];
            if (Array.isArray(v)) v.forEach((c) => visit(c, node, k));
            else if (v && typeof v === 'object' && typeof v.type === 'string') visit(v, node, k);
          }
        };
        visit(ast, null, null);
        if (!cuts.length) return;
        let out = code;
        for (const [s, e, r] of cuts.sort((a, b) => b[0] - a[0]))
          out = out.slice(0, s) + r + out.slice(e);
        return { code: out, map: null };
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: file, source: JSON.stringify(strings) });
    },
  };
}
