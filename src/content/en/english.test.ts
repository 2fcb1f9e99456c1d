import { describe, expect, it } from 'vitest';
import { english } from './english';

const modules = import.meta.glob(['../**/*.ts', '!../**/*.test.ts', '!../schema.ts', '!./*.ts'], {
  eager: true,
});
const catalogues = import.meta.glob<Record<string, string>>('./*.json', {
  eager: true,
  import: 'default',
});

/** Every text object the content modules export, with where it was found. */
function texts(): [where: string, text: Record<string, unknown> & { de: string }][] {
  const out: [string, Record<string, unknown> & { de: string }][] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, where: string) => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if ('de' in value && typeof value.de === 'string') out.push([where, value as never]);
    else for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
  };
  for (const [file, m] of Object.entries(modules)) walk(m, file);
  return out;
}
const all = texts();
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the English catalogues', () => {
  it('reads the content (a walk that finds nothing would prove nothing)', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(20);
    expect(all.length).toBeGreaterThan(1000);
  });

  it('have an English text for every German text', () => {
    const missing = all
      .filter(([, t]) => !english.get(t.de)?.trim())
      .map(([w, t]) => `${w}: ${t.de}`);
    expect(missing).toEqual([]);
  });

  it('hold no English that no German text asks for', () => {
    const german = new Set(all.map(([, t]) => t.de));
    const extra = Object.entries(catalogues).flatMap(([file, c]) =>
      Object.keys(c)
        .filter((de) => !german.has(de))
        .map((de) => `${file}: ${de}`),
    );
    expect(extra).toEqual([]);
  });

  it('give one German text the same English in every catalogue', () => {
    const differ = Object.values(catalogues).flatMap((c) =>
      Object.entries(c).filter(([de, en]) => english.get(de) !== en),
    );
    expect(differ).toEqual([]);
  });

  it('keep the placeholders of the German text', () => {
    const wrong = all
      .filter(([, t]) => `${placeholders(t.de)}` !== `${placeholders(english.get(t.de) ?? '')}`)
      .map(([w, t]) => `${w}: ${t.de}`);
    expect(wrong).toEqual([]);
  });

  it('are the only place English is written: no content text carries its own', () => {
    expect(all.filter(([, t]) => Object.keys(t).length !== 1).map(([w]) => w)).toEqual([]);
  });
});
