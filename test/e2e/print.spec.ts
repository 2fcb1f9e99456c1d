import type { Page } from '@playwright/test';
import { kmuInstrument } from '../../src/content/kmu/instrument';
import { kmuKurzInstrument } from '../../src/content/kmu-kurz/instrument';
import { netzwerkInstrument } from '../../src/content/netzwerk/instrument';
import { completeCheck, startCheck, type Picker } from './answer';
import { expect, expectAccessible, pdfPages, test } from './fixtures';
import { importFile } from './stored';

const pick: Picker = (id) => ((id.length + id.charCodeAt(id.length - 1)) % 5) + 1;
const recs = (page: Page) => page.locator('section[aria-labelledby=recs-h] ol > li');

/**
 * Printed text under 9 pt (12 CSS px), one line each: its size and its first words. Measured at
 * the width of the printed page (A4 less the margins, 718 px), where the PDF lays the text out.
 */
async function smallPrint(page: Page) {
  const screen = page.viewportSize()!;
  await page.setViewportSize({ width: 718, height: screen.height });
  const found = await page.evaluate(() => {
    const out: string[] = [];
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !n.textContent?.trim()) continue;
      seen.add(el);
      if (el.closest('.visually-hidden, [aria-hidden=true], script, style')) continue;
      const box = el.getBoundingClientRect();
      if (!el.checkVisibility({ visibilityProperty: true }) || box.width <= 2 || box.height <= 2)
        continue;
      let px = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) px *= el.getScreenCTM()?.a ?? 1;
      if (px < 11.95)
        out.push(`${(px * 0.75).toFixed(1)} pt: ${n.textContent.trim().slice(0, 40)}`);
    }
    return out;
  });
  await page.setViewportSize(screen);
  return found;
}

/** Prints the whole result (as the browser's print command would) and checks what is on paper. */
async function expectReport(page: Page, maxPages: number) {
  // the phone's "scroll sideways" hint over a wide table is not for paper: it came and went with
  // the print width (it is drawn after a resize) and made the same result two or three pages
  await page.emulateMedia({ media: 'print' });
  const hint = await page.evaluate(() => {
    const p = document.body.appendChild(document.createElement('p'));
    p.className = 'table-hint';
    const display = getComputedStyle(p).display;
    p.remove();
    return display;
  });
  expect(hint, 'the table hint on paper').toBe('none');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const pages = await pdfPages(page);
  console.log('report PDF pages', pages);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(maxPages);
  // no printed text under 9 pt (the study figures and sources were 7.6 and 8.1 pt)
  expect(await smallPrint(page), 'printed text under 9 pt').toEqual([]);
  // sources are printed, not hidden in closed "Warum?" boxes
  await expect(page.locator('section[aria-labelledby=recs-h] .sources').first()).toBeVisible();
  await expect(page.locator('.result > p.muted')).toHaveText(/Version \d+ · abgeschlossen am/);
  await expect(page.locator('.plan-sheet')).toBeHidden();
  await expect(page.getByRole('table', { name: 'Ihr Profil als Tabelle' })).toBeVisible();
  // on paper: the table instead of the chart, and no navigation or buttons
  await expect(page.locator('.radar').filter({ visible: true })).toHaveCount(0);
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { disabled: false })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /Das packe ich an/ })).toHaveCount(0);
  // "Ausgewählt, weil:" only over the answers that chose a step, never over an empty list
  const why = page.locator('details > p').filter({ hasText: /^Ausgewählt, weil:$/ });
  await expect(why).toHaveCount(await page.locator('details > p + ul:has(li)').count());
  await page.emulateMedia({ media: 'screen' });
}

test('the result prints on at most two A4 pages with recommendations and sources', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await startCheck(page);
  await completeCheck(page, pick);
  expect(await recs(page).count()).toBeGreaterThanOrEqual(3);
  await expectReport(page, 2);
});

test('a firm with low answers everywhere (most barriers, seven steps) still gets two pages', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await startCheck(page);
  await completeCheck(page, () => 1);
  await expect(recs(page)).toHaveCount(7);
  await expectReport(page, 2);
});

type Item = (typeof kmuKurzInstrument.blocks)[number]['items'][number];
type Instrument = { id: string; version: number; role: string; blocks: { items: Item[] }[] };

/** Stores one completed check with the given answers through the app's import and opens its result. */
async function openImported(
  page: Page,
  served: { url: string },
  instrument: Instrument,
  valueFor: (item: Item) => unknown,
) {
  const at = Date.UTC(2026, 11, 1, 18, 39);
  const id = '00000000-0000-4000-8000-000000000001';
  const answers = Object.fromEntries(
    instrument.blocks
      .flatMap((b) => b.items)
      .filter((item) => item.type !== 'text')
      .map((item) => [item.id, { value: valueFor(item), updatedAt: at }]),
  );
  const { id: instrumentId, version: instrumentVersion, role } = instrument;
  const session = { id, instrumentId, instrumentVersion, role, answers };
  const file = {
    format: 'netzwerk-check',
    version: 1,
    exportedAt: new Date(at).toISOString(),
    sessions: [{ ...session, createdAt: at, updatedAt: at, completedAt: at, position: 0 }],
    events: [],
  };
  await page.goto(`${served.url}#/data`);
  await importFile(page, 'check.json', file);
  await page.goto(`${served.url}#/result/${id}`);
  await page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' }).waitFor();
}

const optionIds = (item: Item) => (item.options ?? []).map((o) => o.id);

test('a Schnellcheck with low answers everywhere (first choice ticked) prints on two A4 pages', async ({
  page,
  served,
}) => {
  await openImported(page, served, kmuKurzInstrument, (item) => {
    const ids = optionIds(item);
    return item.type === 'likert' ? 1 : item.type === 'multi' ? ids.slice(0, 1) : ids[0];
  });
  expect(await recs(page).count()).toBeGreaterThanOrEqual(3);
  await expectReport(page, 2);
});

// The longest firm's result found: an active member who wants to stay informed, every barrier
// ticked, answers mixed (low, middle and high areas). It printed on three pages (2,527 px tall).
const PROFILE: Record<string, string> = {
  'p-member': 'active',
  'p-want': 'info',
  'p-size': '10-49',
  'p-sector': 'other',
};
for (const [name, likert] of [
  ['mixed', (item: Item) => pick(item.id, 0)],
  ['low', () => 1],
] as const)
  test(`a firm that ticks every barrier, answers ${name}, still prints on two A4 pages`, async ({
    page,
    served,
  }) => {
    await openImported(page, served, kmuInstrument, (item) =>
      item.type === 'likert'
        ? likert(item)
        : item.type === 'multi'
          ? optionIds(item).filter((o) => o !== 'none')
          : (PROFILE[item.id] ?? optionIds(item)[0]),
    );
    expect(await recs(page).count()).toBeGreaterThanOrEqual(3);
    await expectReport(page, 2);
  });

// The Netzwerk-Selbstcheck: every statement low or mixed, every standard and phase step open
for (const [name, likert, status] of [
  ['low', () => 1, 'no'],
  ['mixed', (item: Item) => pick(item.id, 0), 'partly'],
] as const)
  test(`the Netzwerk-Selbstcheck answered ${name} prints on at most three A4 pages`, async ({
    page,
    served,
  }) => {
    await openImported(page, served, netzwerkInstrument, (item) =>
      item.type === 'likert'
        ? likert(item)
        : optionIds(item).includes(status)
          ? status
          : optionIds(item).at(-1),
    );
    expect(await recs(page).count()).toBeGreaterThanOrEqual(3);
    await expectReport(page, 3);
  });

test('an action plan is kept with the check and prints on one A4 page with sources', async ({
  page,
  served,
}) => {
  test.setTimeout(90_000);
  await page.goto(served.url);
  await startCheck(page);
  await completeCheck(page, pick);
  const titles = (await recs(page).locator('h3').allTextContents()).map((t) =>
    t.replace(/^\d+\.\s*/, ''),
  );
  const chosen = [0, 2];
  const fill = [
    { who: 'Frau Kaya', due: '2026-03-31', note: 'Beim Stammtisch der Kammer nachfragen.' },
    { who: 'Herr Braun', due: '2026-05-15', note: 'Zwei Stunden im Monat einplanen.' },
  ];
  for (const [k, i] of chosen.entries()) {
    const card = recs(page).nth(i);
    const toggle = card.getByRole('checkbox', { name: /^Das packe ich an/ });
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).toBeChecked();
    const box = await card.locator('label.option').boundingBox();
    expect(box!.height, 'touch target').toBeGreaterThanOrEqual(44);
    const f = fill[k]!;
    await card.getByLabel('Wer?').fill(f.who);
    await card.getByLabel('Bis wann?').fill(f.due);
    await card.getByLabel('Notiz').pressSequentially(k ? f.note.slice(0, -1) : f.note);
  }
  await expectAccessible(page, 'result with the action plan open');

  // the last keystroke, then a reload at once: it must not be lost
  await recs(page).nth(2).getByLabel('Notiz').press('.');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' }).waitFor();
  for (const [k, i] of chosen.entries()) {
    const card = recs(page).nth(i);
    await expect(card.getByRole('checkbox', { name: /^Das packe ich an/ })).toBeChecked();
    await expect(card.getByLabel('Wer?')).toHaveValue(fill[k]!.who);
    await expect(card.getByLabel('Bis wann?')).toHaveValue(fill[k]!.due);
    await expect(card.getByLabel('Notiz')).toHaveValue(fill[k]!.note);
  }
  await expect(recs(page).nth(1).getByRole('checkbox')).not.toBeChecked();

  // unticking a filled step asks first; "Behalten" keeps it
  await recs(page).nth(0).getByRole('checkbox').click();
  const dialog = page.getByRole('dialog', { name: 'Schritt aus dem Plan nehmen?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Behalten' }).click();
  await expect(recs(page).nth(0).getByRole('checkbox')).toBeChecked();

  // "Plan drucken" prints only the plan (the print dialog itself is not part of the test)
  await page.evaluate(() => (window.print = () => {}));
  await page.getByRole('button', { name: 'Plan drucken' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-print', 'plan');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.plan-sheet');
  await expect(sheet).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ihre nächsten Schritte' })).toBeHidden();
  await expect(page.getByRole('table', { name: 'Ihr Profil als Tabelle' })).toBeHidden();
  for (const i of chosen) await expect(sheet).toContainText(titles[i]!);
  await expect(sheet).not.toContainText(titles[1]!);
  await expect(sheet).toContainText('Frau Kaya');
  await expect(sheet).toContainText('31.03.2026');
  await expect(sheet).toContainText('Zwei Stunden im Monat einplanen.');
  await expect(sheet).toContainText(/Quellen: .*(IAW|Uhlmann|Kompetenznetze|Workshop|JOBSTARTER)/);
  await expect(sheet).toContainText(/KMU-Check, Version \d+/);
  const pages = await pdfPages(page);
  console.log('plan PDF pages', pages);
  expect(pages).toBe(1);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(page.locator('html')).not.toHaveAttribute('data-print', 'plan');
  await page.emulateMedia({ media: 'screen' });
  await expect(sheet).toBeHidden();

  // the whole report still prints without the plan sheet
  await expectReport(page, 2);
});
