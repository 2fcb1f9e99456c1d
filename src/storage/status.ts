/** Why answers are not (or not yet) safely stored. */
export type StorageProblem = 'unavailable' | 'blocked' | 'versionchange' | 'write-failed';

/** What the UI shows about storage. */
export interface StorageStatus {
  mode: 'pending' | 'idb' | 'memory';
  problem?: StorageProblem;
  /** Answers given but not yet written (kept in memory and retried). */
  unsaved: number;
}

let status: StorageStatus = { mode: 'pending', unsaved: 0 };
const listeners = new Set<(s: StorageStatus) => void>();

/** The current storage status. */
export const getStorageStatus = () => status;

/** Updates the status and tells every listener. */
export function setStorageStatus(change: Partial<StorageStatus>) {
  status = { ...status, ...change };
  for (const l of listeners) l(status);
}

/** Subscribes to status changes; returns the unsubscribe function. */
export function onStorageStatus(listener: (s: StorageStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
