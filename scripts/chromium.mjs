// The system Chromium and the flags it needs on a machine without network or sandbox.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Flags for Chromium on a machine without network or sandbox. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** The system Chromium: CHROME_PATH, else the first of the usual names on PATH. */
export function chromiumPath() {
  const env = process.env.CHROME_PATH;
  if (env && existsSync(env)) return env;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      /* try the next name */
    }
  }
  throw new Error('No Chromium found: install Debian’s chromium or set CHROME_PATH');
}

const profiles = new Set();
process.on('exit', () => {
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

/**
 * A browser context of the system Chromium whose storage is a profile on disk (a fresh temp folder,
 * removed when the context closes, or at exit), as on a device: a fresh `browser.newContext()`
 * keeps IndexedDB in memory in this Chromium, where one transaction's writes grow quadratic with
 * its records. `browserType` is playwright's `chromium`; `options` as for `browser.newContext`.
 */
export async function diskContext(browserType, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'nc-profile-'));
  profiles.add(dir);
  const context = await browserType.launchPersistentContext(dir, {
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
