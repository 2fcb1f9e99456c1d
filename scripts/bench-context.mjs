// The benches' browser contexts: each a persistent profile on disk (see diskContext), because a
// real device keeps IndexedDB on disk. BENCH_STORE=memory opens the in-memory kind instead, to
// compare the two in one session.
import { chromium } from 'playwright-core';
import { diskContext } from './chromium.mjs';

/** Where the benches' IndexedDB lives: 'disk' (default) or 'memory'. */
export const STORE = process.env.BENCH_STORE === 'memory' ? 'memory' : 'disk';

/**
 * A new browser context with `options` (as for `browser.newContext`): on disk in its own profile,
 * or with BENCH_STORE=memory a context of `browser`. Closing it removes the profile.
 */
export const benchContext = (browser, options = {}) =>
  STORE === 'memory' ? browser.newContext(options) : diskContext(chromium, options);
