import type { Locator, Page } from '@playwright/test';
import { instruments } from '../../src/content/instruments';
import type { Instrument, Item } from '../../src/content/schema';
import { visibleBlocks } from '../../src/domain/visibility';
import { startCheck } from './answer';
import { expect, test } from './fixtures';
import { layoutProblems, SIZES, type LayoutRules } from './layout-check';
import { importFile } from './stored';

// Every screen at two phone, one tablet and two projector sizes, in one browser and one page:
// data are imported once, each screen is opened once and then resized.
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const T0 = Date.UTC(2026, 10, 2, 9);
const DAY = 86_400_000;
const EVENT = uuid(900);
const byId = (id: string) => instruments.find((i) => i.id === id)!;

const answer = (item: Item, k: number, j: number) => {
  if (item.type === 'likert') return ((k * 3 + j * 2) % 5) + 1;
  if (item.type === 'single') return item.options![(k + j) % item.options!.length]!.id;
  if (item.type === 'multi')
    return item.options!.filter((_, o) => (k + o) % 3 === 0).map((o) => o.id);
  return 'Wir wollen Auszubildende gewinnen.';
};

const check = (n: number, instrument: Instrument, extra: Record<string, unknown> = {}) => {
  const at = T0 + n * DAY;
  const items = instrument.blocks.flatMap((b) => b.items);
  return {
    id: uuid(n),
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    role: instrument.role,
    createdAt: at,
    updatedAt: at,
    completedAt: at,
    position: 0,
    answers: Object.fromEntries(
      items.map((item, j) => [item.id, { value: answer(item, n, j), updatedAt: at }]),
    ),
    ...extra,
  };
};

const kurz = byId('kmu-kurz');
const sessions = [
  check(1, byId('kmu'), { label: 'Bäckerei Muster' }),
  check(2, byId('kmu'), { label: 'Bäckerei Muster' }),
  check(3, byId('netzwerk'), { label: 'Fachkräfte-Netz Muster' }),
  ...Array.from({ length: 8 }, (_, k) => check(10 + k, kurz, k < 6 ? { eventId: EVENT } : {})),
  { ...check(30, byId('kmu')), completedAt: undefined, position: 2 },
];
const file = {
  format: 'netzwerk-check',
  version: 1,
  exportedAt: new Date(T0 + 40 * DAY).toISOString(),
  sessions,
  events: [
    {
      id: EVENT,
      name: 'Ausbildungsmesse Musterstadt',
      date: '2026-12-01',
      instrumentId: 'kmu-kurz',
      idleSeconds: 600,
      keepPartial: true,
      consent: 'Ihre Antworten werden für die Auswertung des Abends genutzt.',
      contact: {
        network: 'Fachkräfte-Netz Muster',
        person: 'Alex Beispiel',
        phone: '0123 456789',
        email: 'kontakt@netz.example',
        web: 'netz.example',
      },
      createdAt: T0,
      updatedAt: T0,
    },
  ],
};

/** The pages of a completed check, as its questionnaire shows them. */
const pagesOf = (s: (typeof sessions)[number]) => {
  const answers = Object.fromEntries(Object.entries(s.answers).map(([k, v]) => [k, v.value]));
  return visibleBlocks(byId(s.instrumentId), answers).length;
};

// SCREENSHOTS=1 (scripts/screenshots.mjs) also saves each screen at 390 px and 1280 × 720
const shots = process.env.SCREENSHOTS ? 'docs/screenshots' : '';
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-');

/** `inView`: what the screenshot must show (the screen's point), scrolled into view after each resize. */
async function expectFine(
  page: Page,
  screen: string,
  rules: LayoutRules = {},
  shot = true,
  inView?: Locator,
) {
  const found: string[] = [];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // two frames: a resize observer told in the first (the table hint) has drawn by the second
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
    );
    for (const p of await layoutProblems(page, {
      ...rules,
      fits: rules.fits && size.width >= 1280,
    }))
      found.push(`${size.name}: ${p}`);
    if (shots && shot && (size.width === 390 || size.width === 1280)) {
      // the screen's point centred, else its top (a page opened after "Weiter" may sit scrolled)
      if (inView) await inView.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      else await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({ path: `${shots}/${slug(screen)}-${size.width}.png` });
    }
  }
  expect.soft(found, `layout of ${screen}`).toEqual([]);
}

async function visit(page: Page, hash: string, ready: () => Promise<unknown>) {
  await page.goto(hash);
  await ready();
}

test('every screen works on phones, a tablet and projectors', async ({ page, served }) => {
  test.setTimeout(360_000);
  const h1 = () => page.locator('h1').first().waitFor();
  const at = (hash: string) => `${served.url}${hash}`;

  await visit(page, at('#/data'), h1);
  await expectFine(page, 'Daten');
  await importFile(page, 'alles.json', file);

  await visit(page, at('#/network'), h1);
  await page.locator('#np-network').fill('Fachkräfte-Netz Muster');
  await page.locator('#np-person').fill('Alex Beispiel');
  await page.locator('#np-phone').fill('0123 456789');
  await page.locator('#np-web').fill('netz.example');
  await page.locator('form button[type=submit]').click();
  await page.locator('.contact').waitFor();
  await expectFine(page, 'Netzwerkprofil');

  const simple: [string, string][] = [
    ['#/', 'Start'],
    ['#/checks', 'Meine Checks'],
    ['#/method', 'Methode'],
    ['#/data', 'Daten (mit Checks)'],
    ['#/events', 'Veranstaltungen'],
    [`#/event/${EVENT}`, 'Veranstaltung'],
    ['#/event/new', 'Neue Veranstaltung'],
    [`#/event/${EVENT}/edit`, 'Veranstaltung bearbeiten'],
    [`#/event/${EVENT}/collect`, 'Checks einsammeln'],
    ['#/dashboard/all', 'Auswertung'],
    [`#/dashboard/${EVENT}`, 'Auswertung der Veranstaltung'],
    [`#/trend/${encodeURIComponent('Bäckerei Muster')}`, 'Verlauf'],
    ['#/programme', 'Programm'],
  ];
  for (const [hash, screen] of simple) {
    await visit(page, at(hash), h1);
    await expectFine(page, screen);
  }

  // a Schnellcheck outside an event: one under an event is anonymous and opens on no screen
  for (const s of [sessions[0]!, sessions[2]!, sessions[9]!]) {
    await visit(page, at(`#/result/${s.id}`), () =>
      page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' }).waitFor(),
    );
    await expectFine(page, `Ergebnis ${s.instrumentId}`);
    for (let p = 0; p < pagesOf(s); p++) {
      await visit(page, at(`#/check/${s.id}/${p}`), () =>
        page.locator('form.questionnaire h1').waitFor(),
      );
      await expectFine(page, `${s.instrumentId} Seite ${p + 1}`, {}, p < 2);
    }
  }

  // the action plan: a step ticked opens its fields (who, by when, a note)
  await visit(page, at(`#/result/${sessions[0]!.id}`), h1);
  await page
    .getByRole('checkbox', { name: /^Das packe ich an/ })
    .first()
    .check();
  await page.getByLabel('Wer?').first().waitFor();
  await expectFine(page, 'Ergebnis mit Plan', {}, true, page.getByLabel('Wer?').first());

  await visit(page, at(`#/result/${sessions[0]!.id}`), h1);
  const code = page.getByRole('img', { name: 'QR-Code mit Ihren Antworten' });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.evaluate(() => scrollTo(0, 0));
    await page.locator('.handover > .btn').click();
    await page.getByRole('button', { name: 'QR-Code zeigen' }).click();
    await expect.soft(code, `QR code in view at ${size.name}`).toBeInViewport({ ratio: 1 });
    if (size === SIZES[4]) break;
    await page.locator('.handover > .btn').click();
  }
  await expectFine(page, 'QR-Übergabe', {}, true, code);

  // the first slide's heading names the count once the checks are read (before: 'Folie 1 von 1')
  await visit(page, at('#/projector/all'), () =>
    page.getByRole('heading', { level: 1, name: /haben mitgemacht/ }).waitFor(),
  );
  const slides = Number(
    /von (\d+)/.exec(await page.locator('.projector__nav span').innerText())?.[1],
  );
  expect(slides).toBeGreaterThan(3);
  for (let i = 1; i <= slides; i++) {
    await expectFine(page, `Beamer Folie ${i}`, { fits: true });
    await page.setViewportSize(SIZES[3]);
    await page.keyboard.press('ArrowRight');
  }

  // a fake clock (running at normal speed) lets the kiosk's idle warning come without waiting
  await page.clock.install();
  await visit(page, at(`#/event/${EVENT}`), h1);
  await page.getByRole('button', { name: 'Veranstaltungsmodus starten' }).click();
  await page.getByRole('button', { name: 'Los geht’s' }).waitFor();
  await expectFine(page, 'Kiosk Start');
  await page.getByRole('button', { name: 'Los geht’s' }).click();
  for (let p = 0; p < 10 && !page.url().includes('/kiosk/result/'); p++) {
    await page.locator('form.questionnaire h1').waitFor();
    const sets = page.locator('fieldset.q');
    for (let i = 0; i < (await sets.count()); i++) {
      const set = sets.nth(i);
      const likert = await set.evaluate((el) => el.classList.contains('likert'));
      await (likert ? set.locator('.likert__point').nth(2) : set.locator('label').first()).click();
    }
    await expectFine(page, `Kiosk Seite ${p + 1}`);
    const before = page.url();
    await page.locator('form.questionnaire button[type=submit]').click();
    await page.waitForURL((u) => u.toString() !== before);
  }
  await page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' }).waitFor();
  await expectFine(page, 'Kiosk Ergebnis');
  // idle for 600 s: the warning shows for the last 20
  await page.clock.fastForward(583_000);
  await page.getByRole('alertdialog', { name: /Sekunden – weitermachen\?/ }).waitFor();
  await expectFine(page, 'Kiosk Warnung');
});

test('on a touch screen the file imports offer the button only, no place to drop a file', async ({
  browser,
  served,
}) => {
  const context = await browser.newContext({ viewport: SIZES[1], hasTouch: true, locale: 'de-DE' });
  const page = await context.newPage();
  for (const [hash, choose, drop] of [
    ['#/data', 'Datei auswählen', 'Datei hier ablegen'],
    ['#/programme', 'Dateien auswählen', 'oder Dateien oder einen ganzen Ordner hierher ziehen'],
  ]) {
    await page.goto(`${served.url}${hash}`);
    await expect(page.getByRole('button', { name: choose! })).toBeVisible();
    await expect(page.getByText(drop!)).toBeHidden();
  }
  await context.close();
});

test('the first visit’s “Offline bereit” notice covers no control of the questionnaire', async ({
  page,
  served,
}) => {
  await page.setViewportSize(SIZES[1]);
  await page.goto(served.url);
  await startCheck(page);
  // shown for 6 s once the app is stored for offline use
  await expect(page.getByText(/^Offline bereit/)).toBeVisible();
  expect(await layoutProblems(page)).toEqual([]);
});
