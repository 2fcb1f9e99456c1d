// The system Chromium and the flags it needs on a machine without network or sandbox.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
