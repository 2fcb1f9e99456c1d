import type { Plugin } from 'vite';

/** Build step: English texts as a JSON catalog, out of the JavaScript. */
export function enCatalog(): Plugin;
