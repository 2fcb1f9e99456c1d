import { useEffect, useState } from 'preact/hooks';
import { getEvent } from '../../storage/events';
import { getNetworkProfile } from '../../storage/network';
import type { NetworkContact, SessionRecord } from '../../storage/types';

/** The contact for a check: its event's, else the network profile on this device, else none. */
export function useContact(session: SessionRecord | undefined) {
  const [contact, setContact] = useState<NetworkContact | undefined>();
  const eventId = session?.eventId;
  const ready = !!session;
  useEffect(() => {
    if (!ready) return;
    let live = true;
    void (async () => {
      const event = eventId ? await getEvent(eventId) : undefined;
      const found = event ? event.contact : await getNetworkProfile();
      if (live) setContact(found ?? undefined);
    })();
    return () => {
      live = false;
    };
  }, [eventId, ready]);
  return contact;
}
