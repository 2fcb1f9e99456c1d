import { LAYOUT } from './db';
import { isRange, type Name, type Query, type ReadTx, type Seam, type WriteTx } from './seam';

type Key = string | number | Key[];
/** One store: its records by their key's text, each with its key. */
type Table = Map<string, { key: Key; value: unknown }>;

const clone = <T>(v: T): T => structuredClone(v);
const text = (k: Key) => JSON.stringify(k);

const rank = (k: unknown) => (typeof k === 'number' ? 0 : typeof k === 'string' ? 1 : 2);

/** Orders keys as IndexedDB does: numbers, then texts, then lists (item by item). */
export function compareKeys(a: Key, b: Key): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareKeys(a[i]!, b[i]!);
      if (c) return c;
    }
    return a.length - b.length;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

const isKey = (v: unknown): v is Key =>
  (typeof v === 'number' && !Number.isNaN(v)) ||
  typeof v === 'string' ||
  (Array.isArray(v) && v.every(isKey));

/** The key at a key path of a record (undefined when it has none: not in that index). */
function keyAt(value: unknown, path: string | string[]): Key | undefined {
  const at = (p: string) => (value as Record<string, unknown>)[p];
  const k = Array.isArray(path) ? path.map(at) : at(path);
  return isKey(k) ? k : undefined;
}

const matches = (k: Key, q: Query<unknown> | undefined) =>
  q === undefined ||
  (isRange(q)
    ? compareKeys(k, q.lower as Key) >= 0 && compareKeys(k, q.upper as Key) <= 0
    : compareKeys(k, q as Key) === 0);

/** The records of a table in key order (by an index: in its key's order, then the record's). */
function rows(table: Table, q: Query<unknown> | undefined, index?: string) {
  if (index === undefined && q !== undefined && !isRange(q)) {
    // one key of the store itself: found by its text
    const r = isKey(q) ? table.get(text(q)) : undefined;
    return r ? [{ ...r, by: r.key }] : [];
  }
  const list: { key: Key; by: Key; value: unknown }[] = [];
  for (const r of table.values()) {
    const by = index === undefined ? r.key : keyAt(r.value, index);
    if (by !== undefined && matches(by, q)) list.push({ ...r, by });
  }
  return list.sort((a, b) => compareKeys(a.by, b.by) || compareKeys(a.key, b.key));
}

const reader = (table: () => Table, index?: string) => ({
  get: async (q: Query<unknown>) => {
    const r = rows(table(), q, index)[0];
    return r && clone(r.value);
  },
  getAll: async (q?: Query<unknown>) => rows(table(), q, index).map((r) => clone(r.value)),
  getAllKeys: async (q?: Query<unknown>) => rows(table(), q, index).map((r) => clone(r.key)),
  count: async (q?: Query<unknown>) => rows(table(), q, index).length,
});

/** The transaction `tx` whose requests throw once `live` says it has been committed. */
function whileLive(tx: WriteTx, live: () => boolean): WriteTx {
  const guard = <F extends (...a: never[]) => unknown>(f: F) =>
    ((...a: Parameters<F>) => {
      if (!live()) throw new DOMException('committed', 'TransactionInactiveError');
      return f(...a);
    }) as F;
  const guardAll = <O extends object>(o: O): O =>
    Object.fromEntries(
      Object.entries(o).map(([k, v]) => [k, typeof v === 'function' ? guard(v) : v]),
    ) as O;
  return {
    store: (name) => {
      const store = tx.store(name);
      return guardAll({ ...store, index: (i: never) => guardAll(store.index(i)) });
    },
  } as WriteTx;
}

/**
 * Keeps everything in memory when IndexedDB cannot be used; lost when the page closes. A write
 * works on copies of the stores it changes and puts them in place only when fn resolves, so it
 * is whole or not at all, like a transaction; writes run one after the other, as IndexedDB's do.
 */
export class MemorySeam implements Seam {
  readonly kind = 'memory';
  private tables = new Map<Name, Table>();
  private queue: Promise<unknown> = Promise.resolve();

  private table(name: Name): Table {
    let t = this.tables.get(name);
    if (!t) this.tables.set(name, (t = new Map()));
    return t;
  }

  private tx(stores: readonly Name[], copies?: Map<Name, Table>) {
    const inside = (name: Name) => {
      if (!stores.includes(name)) throw new DOMException(`${name} not in scope`, 'NotFoundError');
    };
    return {
      store: (name: Name) => {
        inside(name);
        const { keyPath, indexes = {} } = LAYOUT[name];
        const current = () => copies?.get(name) ?? this.table(name);
        const writable = () => {
          if (!copies) throw new DOMException('read-only', 'ReadOnlyError');
          let t = copies.get(name);
          if (!t) copies.set(name, (t = new Map(this.table(name))));
          return t;
        };
        return {
          ...reader(current),
          index: (i: string) => reader(current, indexes[i]),
          put: async (value: unknown, key?: Key) => {
            const k = keyPath === undefined ? key : keyAt(value, keyPath);
            if (k === undefined || !isKey(k)) throw new DOMException('no key', 'DataError');
            writable().set(text(k), { key: clone(k), value: clone(value) });
            return k;
          },
          delete: async (q: Query<unknown>) => {
            const t = writable();
            for (const r of rows(t, q)) t.delete(text(r.key));
          },
          clear: async () => writable().clear(),
        };
      },
    };
  }

  read<T>(stores: readonly Name[], fn: (tx: ReadTx) => Promise<T>): Promise<T> {
    return fn(this.tx(stores) as unknown as ReadTx);
  }

  write<T>(stores: readonly Name[], fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      const copies = new Map<Name, Table>();
      const out = await fn(this.tx(stores, copies) as unknown as WriteTx);
      for (const [name, t] of copies) this.tables.set(name, t);
      return out;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  writeNow<T>(stores: readonly Name[], fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.write(stores, (tx) => {
      // as in IndexedDB after commit(): a request made after fn's first await is refused
      let live = true;
      const out = fn(whileLive(tx, () => live));
      live = false;
      return out;
    });
  }
}
