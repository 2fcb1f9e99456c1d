import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium';

/** A Chromium process we start ourselves, so a test can kill it hard. */
export interface OwnChromium {
  process: ChildProcess;
  browser: Browser;
}

/** Starts Chromium with a persistent profile folder and connects to it over CDP. */
export async function launchOwnChromium(userDataDir: string): Promise<OwnChromium> {
  const proc = spawn(
    chromiumPath(),
    [
      ...CHROMIUM_FLAGS,
      '--headless=new',
      `--user-data-dir=${userDataDir}`,
      '--remote-debugging-port=0',
      '--window-size=360,740',
      'about:blank',
    ],
    // its own process group, so a hard kill takes the renderer and helper processes with it
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const ws = await new Promise<string>((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${buf}`)), 30_000);
    proc.stderr?.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(buf);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${buf}`)));
  });
  const browser = await chromium.connectOverCDP(ws);
  return { process: proc, browser };
}

/** Kills the whole Chromium process at once (like a crash or a phone killing the app). */
export async function killHard(own: OwnChromium) {
  const exited = new Promise((r) => own.process.once('exit', r));
  const pid = own.process.pid;
  if (pid) process.kill(-pid, 'SIGKILL');
  else own.process.kill('SIGKILL');
  await exited;
  // helpers that were mid-write may still be closing files in the profile folder
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(-pid!, 0);
    } catch {
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
