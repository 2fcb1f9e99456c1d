// Type fixture for the page's program (tsconfig.json): the service worker's globals are not there.
// Each @ts-expect-error fails the type check if the line below it compiles.

// @ts-expect-error ExtendableEvent exists only in the service worker
export type PageSeesExtendableEvent = ExtendableEvent;

// @ts-expect-error clients (the worker's open pages) exists only in the service worker
export const pageSeesClients = () => clients.claim();

// @ts-expect-error Node's process is not part of the page
export const pageSeesProcess = () => process.env;
