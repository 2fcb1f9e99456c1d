const CHANNEL = 'netzwerk-check:checks';
const EVENT = 'checks-changed';

/** Tells this tab and other tabs of the app that checks were completed, imported or deleted. */
export function announceChecksChanged() {
  // (no window in workers and unit tests)
  globalThis.dispatchEvent?.(new Event(EVENT));
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage(EVENT);
    channel.close();
  } catch {
    /* no BroadcastChannel: other tabs see the change on their next visit */
  }
}

/** Calls back when checks change in this or another tab; returns the unsubscribe function. */
export function onChecksChanged(callback: () => void): () => void {
  addEventListener(EVENT, callback);
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = callback;
  } catch {
    /* see above */
  }
  return () => {
    removeEventListener(EVENT, callback);
    channel?.close();
  };
}
