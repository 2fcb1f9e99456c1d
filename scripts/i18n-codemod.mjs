// Moves English out of the content modules into the English catalogues (src/content/en/*.json).
// Authors may write a text as { de, en } (or pass German and English side by side to a helper);
// this script keeps the German where it stands, files the English under its German text in the
// catalogue of the module it came from, and checks that every text reads the same afterwards.
// Run: node scripts/i18n-codemod.mjs  (then npx prettier --write src/content)
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import ts from 'typescript';
import { withSource } from './ssr.mjs';

const CONTENT = 'src/content';
const CATALOGUES = `${CONTENT}/en`;

const modules = () =>
  readdirSync(CONTENT, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('schema.ts'))
    .filter((f) => !f.startsWith('en/'))
    .sort();

/** The catalogue file of a content module: kmu/instrument.ts → en/kmu-instrument.json. */
const catalogueOf = (file) => `${CATALOGUES}/${file.replace(/\.ts$/, '').replace(/\//g, '-')}.json`;

const readCatalogues = () => {
  const all = new Map();
  if (!existsSync(CATALOGUES)) return all;
  for (const f of readdirSync(CATALOGUES).filter((x) => x.endsWith('.json')))
    all.set(`${CATALOGUES}/${f}`, JSON.parse(readFileSync(`${CATALOGUES}/${f}`, 'utf8')));
  return all;
};

/** Every text the content modules export, as [German, English] (English from the catalogues). */
async function texts(english) {
  const out = [];
  const seen = new Set();
  const walk = (o, path) => {
    if (!o || typeof o !== 'object' || seen.has(o)) return;
    seen.add(o);
    if (typeof o.de === 'string') {
      out.push([path, o.de, typeof o.en === 'string' ? o.en : english(o.de)]);
      return;
    }
    for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
  };
  await withSource(async (load) => {
    for (const f of modules()) walk(await load(`/${CONTENT}/${f}`), f);
  });
  return out;
}

const literal = (n) =>
  n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined;
const isEnglishName = (name) => name === 'en' || /^[a-z]\w*En$/.test(name);
const nameOf = (n) => (n?.name && ts.isIdentifier(n.name) ? n.name.text : undefined);
/** The edits that take English out of one module; found pairs go to `found`. */
function englishEdits(file, source, pairs, found) {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const cuts = [];
  // removes a list element with the comma after it (or before it, if it is the last)
  const cut = (list, i) => {
    const el = list[i];
    const next = list[i + 1];
    const prev = list[i - 1];
    if (next) cuts.push([el.getStart(sf), next.getStart(sf), '']);
    else if (prev) cuts.push([prev.getEnd(), el.getEnd(), '']);
    else cuts.push([el.getStart(sf), el.getEnd(), '']);
  };
  const isEnglish = (de, en) => {
    if (typeof en === 'string' && typeof de === 'string' && pairs.has(`${de}\u0000${en}`)) {
      found.push([de, en]);
      return true;
    }
    return false;
  };
  const englishElement = (list, i) => {
    const el = list[i];
    if (ts.isIdentifier(el) && isEnglishName(el.text)) return true;
    if (ts.isPropertyAccessExpression(el) && el.name.text === 'en') {
      const prev = list[i - 1];
      return !!prev && ts.isPropertyAccessExpression(prev) && prev.name.text === 'de';
    }
    return i > 0 && isEnglish(literal(list[i - 1]), literal(el));
  };
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node) && node.properties.some((p) => nameOf(p) === 'de')) {
      const de = node.properties.find((p) => nameOf(p) === 'de');
      node.properties.forEach((p, i) => {
        if (nameOf(p) !== 'en') return;
        if (ts.isPropertyAssignment(de) && ts.isPropertyAssignment(p))
          isEnglish(literal(de.initializer), literal(p.initializer));
        cut(node.properties, i);
      });
    }
    if (ts.isCallExpression(node) || ts.isArrayLiteralExpression(node)) {
      const list = ts.isCallExpression(node) ? node.arguments : node.elements;
      const drop = list.map((_, i) => englishElement(list, i));
      // a [German, English] pair becomes the German alone
      if (ts.isArrayLiteralExpression(node) && list.length === 2 && drop[1] && !drop[0])
        cuts.push([node.getStart(sf), node.getEnd(), list[0].getText(sf)]);
      else drop.forEach((d, i) => d && cut(list, i));
      if (ts.isArrayLiteralExpression(node) && list.length === 2 && drop[1]) return;
    }
    if (
      (ts.isFunctionLike(node) && node.parameters) ||
      ts.isArrayBindingPattern(node) ||
      ts.isTupleTypeNode(node)
    ) {
      const list = node.parameters ?? node.elements;
      list.forEach((p, i) => {
        const name = ts.isNamedTupleMember(p) ? p.name.text : nameOf(p);
        if (name && isEnglishName(name)) cut(list, i);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // nested cuts (an English literal inside a removed property) keep the outer one
  const kept = cuts
    .sort((a, b) => a[0] - b[0] || b[1] - a[1])
    .filter((c, i, all) => !all.slice(0, i).some((o) => o[0] <= c[0] && c[1] <= o[1] && o !== c));
  let out = source;
  for (const [s, e, r] of kept.sort((a, b) => b[0] - a[0]))
    out = out.slice(0, s) + r + out.slice(e);
  return out;
}

/** Helper signatures that carry a [German, English] pair by type, rewritten once per module. */
const SIGNATURES = [
  [/title: \[string, string\],\n(\s*)body: \[string, string\],/, 'title: string,\n$1body: string,'],
  [/\{ de: title\[0\] \}/, '{ de: title }'],
  [/\{ de: body\[0\] \}/, '{ de: body }'],
];

async function main() {
  const catalogues = readCatalogues();
  const known = new Map();
  for (const c of catalogues.values()) for (const [de, en] of Object.entries(c)) known.set(de, en);
  const before = await texts((de) => known.get(de));
  const pairs = new Set(before.filter(([, , en]) => en).map(([, de, en]) => `${de}\u0000${en}`));
  for (const [p, de, en] of before) if (!en) console.error('no English:', p, de);
  const clash = new Map();
  for (const [, de, en] of before) {
    if (en && clash.has(de) && clash.get(de) !== en) {
      process.exitCode = 1;
      console.error(`"${de}" has two English texts: "${clash.get(de)}" and "${en}"`);
    }
    clash.set(de, en);
  }

  if (process.exitCode) return;
  for (const f of modules()) {
    const path = `${CONTENT}/${f}`;
    const source = readFileSync(path, 'utf8');
    const found = [];
    let out = englishEdits(path, source, pairs, found);
    for (const [re, to] of SIGNATURES) out = out.replace(re, to);
    if (out === source) continue;
    writeFileSync(path, out);
    const file = catalogueOf(f);
    const catalogue = catalogues.get(file) ?? {};
    for (const [de, en] of found) catalogue[de] ??= en;
    catalogues.set(file, catalogue);
  }
  // English that no module's own literal carried (built from constants) goes with its export
  const filed = new Set([...catalogues.values()].flatMap((c) => Object.keys(c)));
  for (const [path, de, en] of before)
    if (en && !filed.has(de)) {
      const file = catalogueOf(path.split('.')[0].replace(/\.ts$/, '') + '.ts');
      const catalogue = catalogues.get(file) ?? {};
      catalogue[de] = en;
      catalogues.set(file, catalogue);
      filed.add(de);
    }

  const after = await texts((de) => [...catalogues.values()].find((c) => de in c)?.[de]);
  const used = new Set(after.map(([, de]) => de));
  mkdirSync(CATALOGUES, { recursive: true });
  for (const [file, catalogue] of catalogues) {
    const kept = Object.fromEntries(Object.entries(catalogue).filter(([de]) => used.has(de)));
    writeFileSync(file, JSON.stringify(kept, null, 2) + '\n');
  }
  const same = JSON.stringify(before) === JSON.stringify(after);
  console.log(
    `${after.length} texts, ${used.size} German, ${same ? 'all read as before' : 'CHANGED'}`,
  );
  if (!same) {
    const b = new Map(before.map(([p, de, en]) => [p, [de, en]]));
    for (const [p, de, en] of after) {
      const [d0, e0] = b.get(p) ?? [];
      if (d0 !== de || e0 !== en)
        console.log(p, JSON.stringify([d0, e0]), '→', JSON.stringify([de, en]));
    }
    process.exitCode = 1;
  }
}

await main();
