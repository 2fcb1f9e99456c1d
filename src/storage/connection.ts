import { backendOn, type Backend } from './backend';
import type { Seam } from './seam';
import { IdbSeam } from './seam-idb';
import { MemorySeam } from './seam-memory';
import { setStorageStatus } from './status';

let backend: Promise<Backend> | undefined;
/** The backend once open, for work that has to start in the same task. */
let ready: Backend | undefined;

/** Opens IndexedDB, or falls back to memory (and says so) when the browser refuses it. */
export function connect(open: () => Promise<Seam> = () => defaultOpen()): Promise<Backend> {
  backend ??= open().then(
    (seam) => {
      setStorageStatus({
        mode: seam.kind,
        problem: seam.kind === 'memory' ? 'unavailable' : undefined,
      });
      return (ready = backendOn(seam));
    },
    () => {
      setStorageStatus({ mode: 'memory', problem: 'unavailable' });
      return (ready = backendOn(new MemorySeam()));
    },
  );
  return backend;
}

function defaultOpen(): Promise<Seam> {
  return IdbSeam.open({
    onBlocked: () => setStorageStatus({ problem: 'blocked' }),
    onVersionChange: () => setStorageStatus({ problem: 'versionchange' }),
  }).then((seam) => {
    setStorageStatus({ problem: undefined });
    return seam;
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
