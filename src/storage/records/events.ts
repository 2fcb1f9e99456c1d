import type { Seam } from '../seam';
import type { EventRecord } from '../types';
import { CHECKS, writePool, type PoolChanges } from './pool';
import { removeCheck } from './sessions';

export const getEvent = (seam: Seam, id: string) =>
  seam.read(['events'], (tx) => tx.store('events').get(id));

export const putEvent = (seam: Seam, event: EventRecord) =>
  seam.write(['events'], async (tx) => void (await tx.store('events').put(event)));

export const listEvents = (seam: Seam) =>
  seam.read(['events'], (tx) => tx.store('events').getAll());

/** Deletes an event and every check stored under it, in one transaction. */
export const deleteEvent = (seam: Seam, id: string) =>
  seam.write(CHECKS, async (tx) => {
    const ids = await tx.store('sessions').index('by-event').getAllKeys(id);
    const changes: PoolChanges = new Map();
    await Promise.all([
      tx.store('events').delete(id),
      ...ids.map((sid) => removeCheck(tx, changes, sid)),
    ]);
    await writePool(tx, changes);
  });
