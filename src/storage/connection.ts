import { IdbBackend } from './backend-idb';
import { MemoryBackend } from './backend-memory';
import { setStorageStatus } from './status';
import type { Backend } from './types';

let backend: Promise<Backend> | undefined;
/** The backend once open, for work that has to start in the same task. */
let ready: Backend | undefined;

/** Opens IndexedDB, or falls back to memory (and says so) when the browser refuses it. */
export function connect(open: () => Promise<Backend> = () => defaultOpen()): Promise<Backend> {
  backend ??= open().then(
    (b) => {
      setStorageStatus({ mode: b.kind, problem: b.kind === 'memory' ? 'unavailable' : undefined });
      return (ready = b);
    },
    () => {
      setStorageStatus({ mode: 'memory', problem: 'unavailable' });
      return (ready = new MemoryBackend());
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

/** Runs `use` on the backend, at once (in this task) when it is open: a tap's write waits for no render. */
export const withStorage = <T>(use: (b: Backend) => Promise<T>): Promise<T> =>
  ready ? use(ready) : storage().then(use);

/** Forgets the open backend (tests only). */
export function resetConnection() {
  backend = ready = undefined;
}
