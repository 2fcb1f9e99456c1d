import type { IndexKey, IndexNames, StoreKey, StoreNames, StoreValue } from 'idb';
import type { CheckDB } from './db';

/**
 * The storage seam (after idb-keyval's UseStore): every stored concept does its work in
 * `read(stores, fn)` or `write(stores, fn)`, where fn gets named object stores of one
 * transaction. Two implementations: IndexedDB (seam-idb.ts) and memory (seam-memory.ts). A
 * write is whole or not at all in both: if fn throws or rejects, none of its changes stay.
 * Inside fn await only the handle's own requests (IndexedDB commits a transaction left idle).
 */
export interface Seam {
  readonly kind: 'idb' | 'memory';
  read<T>(stores: readonly Name[], fn: (tx: ReadTx) => Promise<T>): Promise<T>;
  write<T>(stores: readonly Name[], fn: (tx: WriteTx) => Promise<T>): Promise<T>;
  /**
   * A write whose requests fn makes at once (in the caller's task, none after an await): the
   * transaction is committed right away instead of after its results come back to the page, so
   * a tap's answer is on disk without waiting for the frame the tap causes. Whole or not at all,
   * as write; resolves with fn's result once committed.
   */
  writeNow<T>(stores: readonly Name[], fn: (tx: WriteTx) => Promise<T>): Promise<T>;
}

export type Name = StoreNames<CheckDB>;
type Value<N extends Name> = StoreValue<CheckDB, N>;
type PrimaryKey<N extends Name> = StoreKey<CheckDB, N>;

/** Both ends included; a key sorts as IndexedDB sorts it (numbers, then texts, then lists). */
export interface Range<K> {
  readonly lower: K;
  readonly upper: K;
}

/** The keys from lower to upper. */
export const between = <K>(lower: K, upper: K): Range<K> => ({ lower, upper });

export type Query<K> = K | Range<K>;

/** Reads by one key (of the store, or of one of its indexes). */
export interface Reader<N extends Name, K> {
  get(query: Query<K>): Promise<Value<N> | undefined>;
  getAll(query?: Query<K>): Promise<Value<N>[]>;
  getAllKeys(query?: Query<K>): Promise<PrimaryKey<N>[]>;
  count(query?: Query<K>): Promise<number>;
}

export interface ReadStore<N extends Name> extends Reader<N, PrimaryKey<N>> {
  index<I extends IndexNames<CheckDB, N>>(name: I): Reader<N, IndexKey<CheckDB, N, I>>;
}

export interface WriteStore<N extends Name> extends ReadStore<N> {
  /** Stores a record (a key only for the stores without a key path: settings). */
  put(value: Value<N>, key?: PrimaryKey<N>): Promise<unknown>;
  delete(query: Query<PrimaryKey<N>>): Promise<void>;
  clear(): Promise<void>;
}

export interface ReadTx {
  store<N extends Name>(name: N): ReadStore<N>;
}

export interface WriteTx {
  store<N extends Name>(name: N): WriteStore<N>;
}

/** Whether a query is a range (a key is a text, a number or a list). */
export const isRange = <K>(q: Query<K>): q is Range<K> =>
  typeof q === 'object' && q !== null && !Array.isArray(q);
