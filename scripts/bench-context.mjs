// The benches' browser contexts: each a persistent profile on disk (a fresh temp folder, removed
// when the context closes), because a real device keeps IndexedDB on disk. A fresh
// `browser.newContext()` keeps it in memory in this Chromium, where one transaction's writes grow
// quadratic with its records and reads differ from a device. BENCH_STORE=memory opens the
// in-memory kind instead, to compare the two in one session.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const profiles = new Set();
process.on('exit', () => {
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

/** Where the benches' IndexedDB lives: 'disk' (default) or 'memory'. */
export const STORE = process.env.BENCH_STORE === 'memory' ? 'memory' : 'disk';

/**
 * A new browser context with `options` (as for `browser.newContext`): on disk in its own profile,
 * or with BENCH_STORE=memory a context of `browser`. Closing it removes the profile.
 */
export async function benchContext(browser, options = {}) {
  if (STORE === 'memory') return browser.newContext(options);
  const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  profiles.add(dir);
  const context = await chromium.launchPersistentContext(dir, {
    ...options,
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
  });
  const close = context.close.bind(context);
  context.close = async (...args) => {
    await close(...args);
    rmSync(dir, { recursive: true, force: true });
    profiles.delete(dir);
  };
  return context;
}
