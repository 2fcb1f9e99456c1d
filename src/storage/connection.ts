import { IdbBackend } from './backend-idb';
import { MemoryBackend } from './backend-memory';
import { setStorageStatus } from './status';
import type { Backend } from './types';

let backend: Promise<Backend> | undefined;

/** Opens IndexedDB, or falls back to memory (and says so) when the browser refuses it. */
export function connect(open: () => Promise<Backend> = () => defaultOpen()): Promise<Backend> {
  backend ??= open().then(
    (b) => {
      setStorageStatus({ mode: b.kind, problem: b.kind === 'memory' ? 'unavailable' : undefined });
      return b;
    },
    () => {
      setStorageStatus({ mode: 'memory', problem: 'unavailable' });
      return new MemoryBackend();
    },
  );
  return backend;
}

function defaultOpen(): Promise<Backend> {
  return IdbBackend.open({
    onBlocked: () => setStorageStatus({ problem: 'blocked' }),
    onVersionChange: () => setStorageStatus({ problem: 'versionchange' }),
  }).then((b) => {
    setStorageStatus({ problem: undefined });
    return b;
  });
}

/** The storage backend in use (opening it on first call). */
export const storage = (): Promise<Backend> => connect();

/** Forgets the open backend (tests only). */
export function resetConnection() {
  backend = undefined;
}
