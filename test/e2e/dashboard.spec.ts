import type { Page } from '@playwright/test';
import { barriers as barrierDefs } from '../../src/content/barriers';
import { dimensions } from '../../src/content/dimensions';
import { kmuKurzInstrument } from '../../src/content/kmu-kurz/instrument';
import { expect, expectAccessible, test } from './fixtures';

// A room of 30 firms (Schnellcheck), 3 of them at an event, one firm checked twice, one network.
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const items = kmuKurzInstrument.blocks.flatMap((b) => b.items);
const likert = items.filter((i) => i.type === 'likert');
const barrierItem = items.find((i) => i.barrierOptions)!;
const OPTIONS = ['time', 'benefit', 'interest', 'fees'];
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 1);
const EVENT = uuid(999);

const firmAnswers = (k: number) => {
  const answers: Record<string, number | string | string[]> = { 'p-member': 'no' };
  likert.forEach((item, j) => (answers[item.id] = ((k * 3 + j * 2) % 5) + 1));
  answers[barrierItem.id] = OPTIONS.filter((_, o) => (k + o) % 3 === 0);
  return answers;
};

function roomFile() {
  const at = (k: number) => T0 + k * DAY;
  const sessions = Array.from({ length: 30 }, (_, k) => ({
    id: uuid(k + 1),
    instrumentId: 'kmu-kurz',
    instrumentVersion: 1,
    role: 'kmu',
    ...(k < 2 ? { label: 'Bäckerei Muster' } : {}),
    ...(k >= 27 ? { eventId: EVENT } : {}),
    createdAt: at(k),
    updatedAt: at(k),
    completedAt: at(k),
    position: 3,
    answers: Object.fromEntries(
      Object.entries(firmAnswers(k)).map(([id, value]) => [id, { value, updatedAt: at(k) }]),
    ),
  }));
  const network = {
    id: uuid(500),
    instrumentId: 'netzwerk',
    instrumentVersion: 1,
    role: 'coordinator',
    label: 'Fachkräfte-Netz Muster',
    createdAt: T0,
    updatedAt: T0,
    completedAt: T0,
    position: 0,
    answers: { 'n-d2-1': { value: 5, updatedAt: T0 } },
  };
  const event = {
    id: EVENT,
    name: 'Messe',
    date: '2026-10-30',
    instrumentId: 'kmu-kurz',
    idleSeconds: 90,
    keepPartial: true,
    createdAt: T0,
    updatedAt: T0,
  };
  return {
    format: 'netzwerk-check',
    version: 1,
    exportedAt: new Date(T0 + 40 * DAY).toISOString(),
    sessions: [...sessions, network],
    events: [event],
  };
}

// Independent computation: the mean of an area's scored statements (wishes and context items
// left out), 0–100, no score from fewer than two answers, bands 40 / 70.
const itemScore = (v: number, reverse?: boolean) => ((reverse ? 5 - v : v - 1) / 4) * 100;
const band = (s: number) => (s < 40 ? 'low' : s < 70 ? 'mid' : 'high');
/** Quantile with linear interpolation between neighbours, rounded (as "Wie wird bewertet?" says). */
const quantile = (sorted: number[], q: number) => {
  const pos = (sorted.length - 1) * q;
  const lo = sorted[Math.floor(pos)]!;
  const hi = sorted[Math.ceil(pos)]!;
  return Math.round(lo + (hi - lo) * (pos - Math.floor(pos)));
};

async function importRoom(page: Page) {
  await page.goto(`${page.url().split('#')[0]}#/data`);
  await page.locator('#import-file').setInputFiles({
    name: 'raum.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(roomFile())),
  });
  await expect(page.getByText('31 neu, 0 bereits vorhanden, 0 Konflikte')).toBeVisible();
  await page.getByRole('button', { name: 'Jetzt einlesen' }).click();
  await expect(page.getByText('31 Check(s) eingelesen.')).toBeVisible();
}

test('a trainer imports a room of 30 checks and the dashboard shows the right numbers', async ({
  page,
  served,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(served.url);
  await importRoom(page);
  await page.getByRole('link', { name: 'Meine Checks' }).click();
  await page.getByRole('link', { name: 'Checks auswerten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auswertung' })).toBeVisible();
  await expect(page.getByText('30 Checks in der Auswahl')).toBeVisible();

  const firms = Array.from({ length: 30 }, (_, k) => firmAnswers(k));
  const areas = page.getByRole('region', { name: 'Die Bereiche in der Gruppe' });
  for (const d of dimensions) {
    const mine = likert.filter((i) => i.dimension === d.id && i.scored !== false && !i.preference);
    const row = areas.getByRole('row', { name: new RegExp(`^${d.short.de}`) });
    if (mine.length < 2) {
      await expect(row.getByRole('cell')).toHaveText(['0', '–', '–', '–', '–', '–']);
      continue;
    }
    const counts = { low: 0, mid: 0, high: 0 };
    const scores = firms
      .map((f) =>
        Math.round(
          mine.reduce((s, i) => s + itemScore(f[i.id] as number, i.reverse), 0) / mine.length,
        ),
      )
      .sort((a, b) => a - b);
    for (const s of scores) counts[band(s)]++;
    await expect(row.getByRole('cell')).toHaveText([
      '30',
      String(counts.low),
      String(counts.mid),
      String(counts.high),
      String(quantile(scores, 0.5)),
      `${quantile(scores, 0.25)}–${quantile(scores, 0.75)}`,
    ]);
  }

  const table = page.getByRole('region', { name: 'Was die Betriebe abhält' });
  for (const [option, barrier] of Object.entries(barrierItem.barrierOptions ?? {})) {
    const ticked = firms.filter((f) => (f[barrierItem.id] as string[]).includes(option)).length;
    if (!ticked) continue;
    const title = barrierDefs.find((b) => b.id === barrier)!.title.de;
    const row = table.getByRole('row', { name: new RegExp(`^${title}`) });
    await expect(row.getByRole('cell').first()).toHaveText(
      `${ticked} (${Math.round((100 * ticked) / 30)} %)`,
    );
  }
  // the study's figure stands beside the resources row, saying whose view it is
  await expect(
    table.getByText(/Befragt wurde die Koordination von 103 Netzwerken\. 79 %/),
  ).toBeVisible();
  await expectAccessible(page, 'dashboard');
  if (process.env.SHOTS)
    await page.screenshot({ path: `${process.env.SHOTS}/dashboard.png`, fullPage: true });

  // the network's self-view against the firms' view on the mirrored statement (d2-1)
  const d2 = dimensions.find((d) => d.id === 'd2')!;
  const item = likert.find((i) => i.id === 'd2-1')!;
  const firmMean = Math.round(
    firms.reduce((s, f) => s + itemScore(f['d2-1'] as number, item.reverse), 0) / 30,
  );
  const gap = page.getByRole('region', { name: 'Netzwerk und Betriebe vergleichen' });
  await expect(
    gap.getByRole('row', { name: new RegExp(`^${d2.short.de}`) }).getByRole('cell'),
  ).toHaveText(['100', `${firmMean} (n = 30)`, String(firmMean - 100)]);
  // why this can differ from the network's own result for the area (issue 14, finding 11)
  // (the section, not its table, which carries the same name)
  await expect(gap.first()).toContainText(
    'Dort zählen alle Aussagen eines Bereichs, hier nur diese gemeinsamen.',
  );

  // an event with three checks stays hidden until the minimum group size allows it
  await page
    .getByLabel('Welche Checks?')
    .selectOption({ label: 'Veranstaltung: Messe (30.10.2026)' });
  await expect(
    page.getByText('Noch zu wenige Checks: 3 von mindestens 5.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Die Bereiche in der Gruppe' })).toHaveCount(0);
  await page.getByLabel('Zahlen erst ab wie vielen Checks zeigen?').fill('2');
  await page.getByLabel('Zahlen erst ab wie vielen Checks zeigen?').blur();
  // never below three
  await expect(page.getByLabel('Zahlen erst ab wie vielen Checks zeigen?')).toHaveValue('3');
  await expect(page.getByRole('region', { name: 'Die Bereiche in der Gruppe' })).toBeVisible();
});

test('the projector view pages by keyboard and takes in checks imported meanwhile', async ({
  page,
  served,
}) => {
  // 12 s on a quiet machine, 38-49 s on a busy one: a 60 s limit was a coin toss there
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(served.url);
  await importRoom(page);
  await page.goto(`${served.url}#/dashboard/all`);
  await page.getByRole('link', { name: 'Auf dem Beamer zeigen' }).click();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('30 Betriebe haben mitgemacht');
  await expectAccessible(page, 'projector: first slide');
  await page.keyboard.press('ArrowRight');
  await expect(h1).toHaveText('Die Bereiche in der Gruppe');
  await page.keyboard.press('Space');
  await expect(h1).toHaveText('Was die Betriebe abhält');
  await page.keyboard.press('ArrowRight');
  await expect(h1).toHaveText(/^Darüber sprechen: /);
  await expect(page.getByText('Was hilft Ihnen? Aus den Studien abgeleitet:')).toBeVisible();
  await expectAccessible(page, 'projector: discuss slide');
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/projector.png` });
  await page.keyboard.press('End');
  await expect(h1).toHaveText('Die häufigsten Schritte für Betriebe');
  await page.keyboard.press('Home');
  await expect(h1).toHaveText('30 Betriebe haben mitgemacht');

  // a check arriving in another tab (an import) shows up on the projector
  const other = await page.context().newPage();
  await other.goto(`${served.url}#/data`);
  const late = roomFile();
  late.sessions = [{ ...late.sessions[3]!, id: uuid(4000), label: undefined }];
  late.events = [];
  await other.locator('#import-file').setInputFiles({
    name: 'nachzuegler.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(late)),
  });
  await other.getByRole('button', { name: 'Jetzt einlesen' }).click();
  await expect(other.getByText('1 Check(s) eingelesen.')).toBeVisible();
  await expect(h1).toHaveText('31 Betriebe haben mitgemacht');
  await expect(page.getByText('Neue Checks sind eingegangen.')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Auswertung' })).toBeVisible();
});

test('the projector’s area chart has its scale written along the axis, readable from the back', async ({
  page,
  served,
}) => {
  test.setTimeout(120_000);
  await page.goto(served.url);
  await importRoom(page);
  await page.goto(`${served.url}#/projector/all`);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('30 Betriebe haben mitgemacht');
  await page.keyboard.press('ArrowRight');
  await expect(h1).toHaveText('Die Bereiche in der Gruppe');
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    // the shares of firms per band add up to 100 %: the axis says so in steps of a quarter,
    // the unit at its end
    const ticks = await page.locator('svg.bars').evaluateAll((charts) =>
      charts
        .filter((c) => c.checkVisibility())
        .flatMap((c) => [...c.querySelectorAll('text')])
        .filter((t) => /^\d+(\s?%)?$/.test(t.textContent ?? ''))
        .map((t) => ({
          text: (t.textContent ?? '').replace(/\s/, ' '),
          px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a,
        })),
    );
    expect(
      ticks.map((t) => t.text),
      `axis at ${size.width}`,
    ).toEqual(['0', '25', '50', '75', '100 %']);
    for (const t of ticks) expect(t.px, `${t.text} at ${size.width}`).toBeGreaterThanOrEqual(12);
  }
});

test('a firm checked twice sees the change per area', async ({ page, served }) => {
  await page.goto(served.url);
  await importRoom(page);
  await page.getByRole('link', { name: 'Meine Checks' }).click();
  await page.getByRole('link', { name: 'Verlauf ansehen' }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Verlauf: Bäckerei Muster' }),
  ).toBeVisible();
  const table = page.getByRole('region', { name: 'Verlauf' });
  for (const d of dimensions) {
    const mine = likert.filter((i) => i.dimension === d.id && i.scored !== false && !i.preference);
    const row = table.getByRole('row', { name: new RegExp(`^${d.short.de}`) });
    // an area the Schnellcheck scores from fewer than two statements has no row
    if (mine.length < 2) {
      await expect(row).toHaveCount(0);
      continue;
    }
    const [a, b] = [0, 1].map((k) =>
      Math.round(
        mine.reduce((s, i) => s + itemScore(firmAnswers(k)[i.id] as number, i.reverse), 0) /
          mine.length,
      ),
    );
    const change = b! - a!;
    await expect(row.getByRole('cell')).toHaveText([
      String(a),
      String(b),
      change > 0 ? `+${change}` : String(change),
    ]);
  }
  await expectAccessible(page, 'trend');
});
