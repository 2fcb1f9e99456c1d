import {
  test as base,
  expect,
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { startServer } from '../../scripts/server.mjs';
import { CHROMIUM_FLAGS, chromiumPath, diskContext } from './chromium';

/** The test server of the production build. */
export interface Served {
  url: string;
  origin: string;
  setDir: (dir: string) => void;
}

/** A phone-sized screen (360 × 740 CSS px). */
export const PHONE = { width: 360, height: 740 };

export const test = base.extend<
  { page: Page; offOrigin: string[]; onDisk: boolean },
  { served: Served; browser: Browser }
>({
  served: [
    async ({}, use) => {
      const server = await startServer({ dir: 'dist', port: 0 });
      const url = server.url as string;
      await use({ url, origin: new URL(url).origin, setDir: server.setDir });
      await server.close();
    },
    { scope: 'worker' },
  ],
  browser: [
    async ({}, use) => {
      const browser = await chromium.launch({
        executablePath: chromiumPath(),
        args: CHROMIUM_FLAGS,
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  offOrigin: async ({}, use) => {
    await use([]);
  },
  /**
   * The page's storage in a profile on disk, as on a real device, instead of the in-memory one
   * of a fresh context: this Chromium's in-memory IndexedDB grows quadratic with the records in
   * one transaction (4,000 checks: 104 s there, 12 s on disk), so large imports need this.
   */
  onDisk: [false, { option: true }],
  page: async ({ browser, served, offOrigin, onDisk }, use) => {
    const options = { viewport: PHONE, locale: 'de-DE', acceptDownloads: true };
    const context = onDisk
      ? ((await diskContext(chromium, options)) as BrowserContext)
      : await browser.newContext(options);
    context.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(served.origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
        offOrigin.push(u);
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => {
      throw e;
    });
    await use(page);
    expect(offOrigin, 'requests that left the app’s origin').toEqual([]);
    await context.close();
  },
});

export { expect };

/** Runs axe (WCAG 2.2 A/AA) on the page and expects zero violations. */
export async function expectAccessible(page: Page, screen: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/** Waits until the service worker controls the page (the app is then available offline). */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, {
    timeout: 20_000,
  });
}

/** Prints the page as an A4 PDF (print media) and counts its pages. */
export async function pdfPages(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
