import type { IDBPDatabase } from 'idb';
import { openCheckDB, type CheckDB, type OpenHooks } from './db';
import { isRange, type Name, type Query, type ReadTx, type Seam, type WriteTx } from './seam';

type DB = IDBPDatabase<CheckDB>;

const isClosedError = (e: unknown) =>
  e instanceof DOMException &&
  (e.name === 'InvalidStateError' || e.name === 'TransactionInactiveError');

const key = <K>(q: Query<K> | undefined) =>
  q !== undefined && isRange(q) ? IDBKeyRange.bound(q.lower, q.upper) : (q as IDBValidKey);

/** The calls of an idb store or index, with our ranges made IndexedDB's. */
interface Raw {
  get(q: unknown): Promise<unknown>;
  getAll(q?: unknown): Promise<unknown[]>;
  getAllKeys(q?: unknown): Promise<unknown[]>;
  count(q?: unknown): Promise<number>;
  put?(v: unknown, k?: unknown): Promise<unknown>;
  delete?(q: unknown): Promise<void>;
  clear?(): Promise<void>;
  index?(name: string): Raw;
}

/** A request's promise, its rejection handled here too: an aborted transaction rejects every request left. */
const handled = <T>(p: Promise<T>) => {
  p.catch(() => undefined);
  return p;
};

const reader = (raw: Raw) => ({
  get: (q: Query<unknown>) => handled(raw.get(key(q))),
  getAll: (q?: Query<unknown>) => handled(raw.getAll(key(q))),
  getAllKeys: (q?: Query<unknown>) => handled(raw.getAllKeys(key(q))),
  count: (q?: Query<unknown>) => handled(raw.count(key(q))),
});

const storeOf = (raw: Raw) => ({
  ...reader(raw),
  index: (name: string) => reader(raw.index!(name)),
  put: (v: unknown, k?: unknown) => handled(raw.put!(v, k)),
  delete: (q: Query<unknown>) => handled(raw.delete!(key(q))),
  clear: () => handled(raw.clear!()),
});

const txOf = (tx: { objectStore(name: Name): unknown }) =>
  ({ store: (name: Name) => storeOf(tx.objectStore(name) as Raw) }) as unknown as WriteTx;

/** The IndexedDB seam; reopens the connection once if the browser closed it underneath us. */
export class IdbSeam implements Seam {
  readonly kind = 'idb';
  private db: Promise<DB>;
  /** The connection once open, so a transaction can start in the caller's task. */
  private open: DB | undefined;

  private constructor(
    db: DB,
    private readonly hooks: OpenHooks,
    private readonly name?: string,
  ) {
    this.db = Promise.resolve(db);
    this.open = db;
  }

  /** Opens the database; rejects if IndexedDB is missing or refuses. */
  static async open(hooks: OpenHooks = {}, name?: string): Promise<IdbSeam> {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB missing');
    return new IdbSeam(await openCheckDB(hooks, name), hooks, name);
  }

  /** Closes the connection as the browser would (tests only). */
  close() {
    this.open?.close();
  }

  private run<T>(fn: (db: DB) => Promise<T>): Promise<T> {
    const { open } = this;
    // the executor runs at once, and turns a throw of a closed connection into a rejection
    const first = open ? new Promise<T>((resolve) => resolve(fn(open))) : this.db.then(fn);
    return first.catch((e: unknown) => {
      if (!isClosedError(e)) throw e;
      this.open = undefined;
      this.db = openCheckDB(this.hooks, this.name).then((db) => (this.open = db));
      return this.db.then(fn);
    });
  }

  read<T>(stores: readonly Name[], fn: (tx: ReadTx) => Promise<T>): Promise<T> {
    return this.run((db) => fn(txOf(db.transaction(stores, 'readonly'))));
  }

  write<T>(stores: readonly Name[], fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.transact(stores, fn, false);
  }

  writeNow<T>(stores: readonly Name[], fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.transact(stores, fn, true);
  }

  private transact<T>(stores: readonly Name[], fn: (tx: WriteTx) => Promise<T>, now: boolean) {
    return this.run(async (db) => {
      const tx = db.transaction(stores, 'readwrite');
      const done = tx.done;
      done.catch(() => undefined);
      // from here an error is this transaction's, not a closed connection's: a request made too
      // late must not have fn run again on a new connection (what it asked before may be committed)
      try {
        const result = fn(txOf(tx));
        // older browsers without commit() commit once the results are handed back, as in write
        if (now && typeof tx.commit === 'function') tx.commit();
        const out = await result;
        await done;
        return out;
      } catch (e) {
        // whatever fn had asked for goes, as in the memory seam
        try {
          tx.abort();
        } catch {
          /* already finished or aborted */
        }
        throw isClosedError(e) ? new Error('transaction ended early', { cause: e }) : e;
      }
    });
  }
}
