import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeCheck, startCheck } from './answer';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium';
import { expect, expectAccessible, test } from './fixtures';

const EVENT = '00000000-0000-4000-8000-00000000e7e7';
const eventFile = () =>
  Buffer.from(
    JSON.stringify({
      format: 'netzwerk-check',
      version: 1,
      exportedAt: new Date().toISOString(),
      sessions: [],
      events: [
        {
          id: EVENT,
          name: 'Kammerabend',
          date: '2026-11-23',
          instrumentId: 'kmu',
          idleSeconds: 90,
          keepPartial: true,
          createdAt: 1,
          updatedAt: 1,
        },
      ],
    }),
  );

/** Reads the event file in through the data screen. */
async function importEvent(page: Page, url: string) {
  await page.goto(`${url}#/data`);
  await page.locator('#import-file').setInputFiles({
    name: 'veranstaltung.json',
    mimeType: 'application/json',
    buffer: eventFile(),
  });
  await page.getByRole('button', { name: 'Jetzt einlesen' }).click();
  await expect(page.getByText(/Check\(s\) eingelesen|nichts geändert/)).toBeVisible();
}

/** The QR code on screen, read back as its modules from the SVG. */
async function codeModules(page: Page): Promise<boolean[][]> {
  const svg = page.getByRole('img', { name: 'QR-Code mit Ihren Antworten' });
  const n = Number(await svg.getAttribute('data-modules'));
  const d = (await svg.locator('path').getAttribute('d')) ?? '';
  const grid = Array.from({ length: n }, () => Array<boolean>(n).fill(false));
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)/g)) grid[Number(y)]![Number(x)] = true;
  return grid;
}

/** A one-frame Y4M video of the code, as a camera at arm's length would see a phone screen. */
function cameraFile(grid: boolean[][]): string {
  const W = 640;
  const H = 480;
  const scale = Math.floor((H * 0.8) / grid.length);
  const x0 = Math.floor((W - grid.length * scale) / 2);
  const y0 = Math.floor((H - grid.length * scale) / 2);
  const y = Buffer.alloc(W * H, 200); // a grey room around a white screen
  for (let r = 0; r < grid.length * scale; r++)
    for (let c = 0; c < grid.length * scale; c++)
      y[(y0 + r) * W + x0 + c] = grid[Math.floor(r / scale)]![Math.floor(c / scale)] ? 16 : 235;
  const chroma = Buffer.alloc((W / 2) * (H / 2), 128);
  const file = join(mkdtempSync(join(tmpdir(), 'camera-')), 'code.y4m');
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\nFRAME\n`),
      y,
      chroma,
      chroma,
    ]),
  );
  return file;
}

test('a participant hands a check over by QR code; it arrives in the event once', async ({
  page,
  served,
}) => {
  // a whole KMU-Check and a second browser: over a minute on a machine shared by several builds
  test.setTimeout(150_000);
  // the participant, on their own phone
  await page.goto(served.url);
  await startCheck(page);
  await completeCheck(page, (id) => ((id.length * 3) % 5) + 1);
  await page.getByRole('button', { name: 'An das Veranstaltungsteam übergeben' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ergebnis übergeben?' });
  await expect(dialog).toBeVisible();
  // saying no shows nothing
  await dialog.getByRole('button', { name: 'Nicht übergeben' }).click();
  await expect(page.getByRole('img', { name: 'QR-Code mit Ihren Antworten' })).toHaveCount(0);
  await page.getByRole('button', { name: 'An das Veranstaltungsteam übergeben' }).click();
  await page.getByRole('button', { name: 'QR-Code zeigen' }).click();
  await expect(page.getByRole('img', { name: 'QR-Code mit Ihren Antworten' })).toBeVisible();
  await expectAccessible(page, 'hand-over code');
  const grid = await codeModules(page);
  expect(grid.length).toBeLessThanOrEqual(33 + 8); // QR version 4 or lower, with its quiet zone
  const recs = await page.locator('section[aria-labelledby=recs-h] h3').allTextContents();

  // the coordinator's tablet, whose camera sees that code
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      ...CHROMIUM_FLAGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${cameraFile(grid)}`,
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 800, height: 1000 } });
    const tablet = await context.newPage();
    await importEvent(tablet, served.url);
    await tablet.goto(`${served.url}#/event/${EVENT}`);
    await tablet.getByRole('link', { name: 'Ergebnisse einsammeln' }).click();
    await expect(
      tablet.getByRole('heading', { level: 1, name: 'Ergebnisse einsammeln' }),
    ).toBeVisible();
    await expectAccessible(tablet, 'collect');
    await tablet.getByRole('button', { name: 'Kamera starten' }).click();
    const status = tablet.getByRole('status').filter({ hasText: 'erfasst' });
    await expect(status).toHaveText('1 erfasst – Check übernommen.', { timeout: 20_000 });

    // the same code scanned again is recognised, not stored twice
    await tablet.getByRole('button', { name: 'Kamera beenden' }).click();
    await tablet.getByRole('button', { name: 'Kamera starten' }).click();
    await expect(status).toHaveText('1 erfasst – Dieser Check ist schon erfasst.', {
      timeout: 20_000,
    });
    await tablet.getByRole('button', { name: 'Kamera beenden' }).click();

    await tablet.getByRole('link', { name: 'Zurück zur Veranstaltung' }).click();
    await expect(tablet.getByTestId('event-counts')).toHaveText('1 abgeschlossen, 0 unvollständig');
    // the collected check gives the same recommendations as on the participant's phone
    await tablet.getByRole('link', { name: 'Meine Checks' }).click();
    await tablet.getByRole('link', { name: 'Ergebnis ansehen' }).first().click();
    await expect(tablet.locator('section[aria-labelledby=recs-h] h3')).toHaveText(recs);
  } finally {
    await browser.close();
  }
});

test('without camera permission the coordinator is told why and offered the file path', async ({
  page,
  served,
}) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await importEvent(page, served.url);
  await page.goto(`${served.url}#/event/${EVENT}/collect`);
  await page.getByRole('button', { name: 'Kamera starten' }).click();
  await expect(page.getByRole('alert')).toContainText('Die Kamera ist nicht freigegeben.');
  await expect(page.getByRole('alert')).toContainText('AirDrop oder Nearby Share');
  await expectAccessible(page, 'collect, camera denied');
  await page.getByRole('link', { name: 'Dateien einlesen' }).click();
  await expect(page.locator('#import-file')).toBeAttached();
});
