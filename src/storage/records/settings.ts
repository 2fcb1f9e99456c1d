import type { Seam } from '../seam';

export const getSetting = <T>(seam: Seam, key: string) =>
  seam.read(['settings'], (tx) => tx.store('settings').get(key) as Promise<T | undefined>);

export const putSetting = (seam: Seam, key: string, value: unknown) =>
  seam.write(['settings'], async (tx) => void (await tx.store('settings').put(value, key)));
