// Size check of the production build (gzip -9): first-screen JS, all JS, CSS against the budgets.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const BUDGET = { firstScreenJs: 30, allJs: 90, css: 10, english: 20 };

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const entry = Object.values(manifest).find((c) => c.isEntry);
const first = new Set();
const visit = (key) => {
  const c = manifest[key];
  if (!c || first.has(c.file)) return;
  first.add(c.file);
  for (const k of c.imports ?? []) visit(k);
};
visit(Object.keys(manifest).find((k) => manifest[k] === entry));

const files = (dir, ext) =>
  readdirSync(join(dist, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(ext))
    .map((f) => (dir ? `${dir}/${f}` : f));
const allJs = [...files('assets', '.js'), ...readdirSync(dist).filter((f) => f.endsWith('.js'))];
const css = files('assets', '.css');
// English texts: a JSON catalog fetched only when someone switches to English (precached)
const english = files('assets', '.json').filter((f) => /\/en-[\w-]+\.json$/.test(f));

const sum = (list) => list.reduce((s, f) => s + gz(f), 0);
const rows = [
  ['first-screen JS', sum([...first]), BUDGET.firstScreenJs, [...first]],
  ['all JS (app + service worker)', sum(allJs), BUDGET.allJs, allJs],
  ['CSS', sum(css), BUDGET.css, css],
  ['English texts (JSON, on demand)', sum(english), BUDGET.english, english],
];

console.log('\nSize (gzip -9)           KB     budget');
let failed = 0;
for (const [name, kb, budget] of rows) {
  const ok = kb <= budget;
  if (!ok) failed++;
  console.log(
    `${name.padEnd(30)} ${kb.toFixed(2).padStart(6)} ≤ ${budget}  ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
}
console.log('\nPer file:');
for (const f of allJs.concat(css, english).sort())
  console.log(`  ${f.padEnd(48)} ${gz(f).toFixed(2)} KB${first.has(f) ? '  (first screen)' : ''}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/size.json',
  JSON.stringify(
    Object.fromEntries(
      rows.map(([n, kb, b, list]) => [n, { kb: +kb.toFixed(2), budget: b, files: list }]),
    ),
    null,
    2,
  ),
);
console.log(`\nsize: ${rows.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
