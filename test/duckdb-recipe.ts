import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

/** The SQL blocks of docs/analysis.md, in order. */
export const recipeBlocks = (): string[] =>
  [...readFileSync('docs/analysis.md', 'utf8').matchAll(/```sql\n([\s\S]*?)```/g)].map((m) =>
    (m[1] ?? '').trim(),
  );

/** Rows of each block that returns any, keyed by the block's first output column. */
export type RecipeResult = Record<string, Record<string, unknown>[]>;

/**
 * Runs the recipe of docs/analysis.md exactly as written, with its folder `exports/` pointed at
 * `dir`, in a fresh in-memory DuckDB. `parts` picks the Parquet part, the JSON part, or both.
 */
export async function runRecipe(dir: string, parts: 'parquet' | 'json'): Promise<RecipeResult> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const out: RecipeResult = {};
  const blocks = recipeBlocks();
  const jsonFrom = blocks.findIndex((b) => b.includes("read_json('exports/"));
  const chosen = parts === 'json' ? blocks.slice(jsonFrom) : blocks.slice(0, jsonFrom);
  for (const block of chosen) {
    const sql = block.replaceAll("'exports/", `'${dir.replace(/'/g, "''")}/`);
    for (const statement of sql.split(/;\s*(?:\n|$)/).filter((s) => s.trim())) {
      const reader = await con.runAndReadAll(statement);
      const names = reader.columnNames();
      if (/^\s*SELECT/i.test(statement) && names[0])
        out[names[0]] = reader.getRowObjectsJson() as Record<string, unknown>[];
    }
  }
  con.closeSync();
  db.closeSync();
  return out;
}

/** The dashboard's numbers in one comparable shape. */
export interface PoolNumbers {
  respondents: number;
  areas: { area: string; n: number; low: number; mid: number; high: number }[];
  barriers: { barrier: string; ticked: number; in_profile: number }[];
  recommendations: { recommendation: string; checks: number }[];
}

/** What the recipe's queries returned, as PoolNumbers. */
export const recipeNumbers = (r: RecipeResult): PoolNumbers => ({
  respondents: Number(r.respondents?.[0]?.respondents),
  areas: (r.area ?? []).map((x) => ({
    area: String(x.area),
    n: Number(x.n),
    low: Number(x.low),
    mid: Number(x.mid),
    high: Number(x.high),
  })),
  barriers: (r.barrier ?? []).map((x) => ({
    barrier: String(x.barrier),
    ticked: Number(x.ticked),
    in_profile: Number(x.in_profile),
  })),
  recommendations: (r.recommendation ?? []).map((x) => ({
    recommendation: String(x.recommendation),
    checks: Number(x.checks),
  })),
});

/** The app's pool (domain/aggregate) as PoolNumbers: only what the dashboard shows. */
export const poolNumbers = (pool: {
  n: number;
  hidden: boolean;
  dimensions: { dimension: string; n: number; bands: Record<string, number>; quartiles: unknown }[];
  barriers: { barrier: string; ticked: number; inProfile: number }[];
  recommendations: { id: string; count: number }[];
}): PoolNumbers => ({
  respondents: pool.n,
  areas: pool.dimensions
    .filter((d) => d.quartiles)
    .map((d) => ({
      area: d.dimension,
      n: d.n,
      low: d.bands.low ?? 0,
      mid: d.bands.mid ?? 0,
      high: d.bands.high ?? 0,
    }))
    .sort((a, b) => (a.area < b.area ? -1 : 1)),
  barriers: pool.barriers.map((b) => ({
    barrier: b.barrier,
    ticked: b.ticked,
    in_profile: b.inProfile,
  })),
  recommendations: pool.recommendations
    .slice(0, 7)
    .map((r) => ({ recommendation: r.id, checks: r.count })),
});
