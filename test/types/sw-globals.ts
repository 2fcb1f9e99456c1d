// Type fixture for the service worker's program (tsconfig.sw.json): the page's globals are not there.
// Each @ts-expect-error fails the type check if the line below it compiles.

// @ts-expect-error document exists only in the page
export const workerSeesDocument = () => document.title;

// @ts-expect-error HTMLElement exists only in the page
export type WorkerSeesHtmlElement = HTMLElement;

export {};
