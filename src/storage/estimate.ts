/** What the browser says about this site's storage. */
export interface StorageInfo {
  persisted: boolean | null;
  usage?: number;
  quota?: number;
}

/** Reads persistence and the storage estimate; unknown values stay empty. */
export async function storageInfo(): Promise<StorageInfo> {
  const s = navigator.storage;
  const [persisted, estimate] = await Promise.all([
    s?.persisted ? s.persisted().catch(() => null) : Promise.resolve(null),
    s?.estimate ? s.estimate().catch(() => undefined) : Promise.resolve(undefined),
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}
