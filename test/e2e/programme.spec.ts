import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kmuInstrument } from '../../src/content/kmu/instrument';
import { syntheticChecks } from '../synthetic-checks';
import { expect, expectAccessible, test } from './fixtures';
import { layoutProblems, SIZES } from './layout-check';

const items = kmuInstrument.blocks.flatMap((b) =>
  b.items.map((i) => ({ id: i.id, type: i.type, options: i.options?.map((o) => o.id) })),
);
const at = Date.UTC(2026, 0, 5);
const eventId = (k: number) => `0000000${k}-0000-4000-8000-00000000000${k}`;
/** An event of a network, as its coordinator's device exports it. */
const event = (k: number, network: string) => ({
  id: eventId(k),
  name: `Abend ${k}`,
  date: '2026-01-05',
  instrumentId: 'kmu',
  idleSeconds: 90,
  keepPartial: false,
  contact: { network, person: 'Koordination' },
  createdAt: at,
  updatedAt: at,
});
/** `count` completed firms' checks answered at event k. */
const checks = (k: number, count: number, more = {}) =>
  syntheticChecks({
    seed: k,
    from: 0,
    count: count * 2,
    at,
    instrumentId: 'kmu',
    items,
    eventId: eventId(k),
    ...more,
  })
    .filter((c) => c.completedAt)
    .slice(0, count);
const file = (sessions: unknown[], events: unknown[]) =>
  JSON.stringify({
    format: 'netzwerk-check',
    version: 1,
    exportedAt: new Date(at).toISOString(),
    sessions,
    events,
  });

test('a programme reads many networks’ files at once and compares them without counting a check twice', async ({
  page,
  served,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'programme-'));
  try {
    const north = checks(1, 30);
    const south = checks(2, 12);
    const small = checks(3, 3);
    const newer = checks(1, 4, { later: 86_400_000 }).map((c) => ({ ...c, label: 'geändert' }));
    const paths = {
      north: join(dir, 'nord.json'),
      again: join(dir, 'nord-nochmal.json'),
      south: join(dir, 'sued.json'),
      small: join(dir, 'klein.json'),
      broken: join(dir, 'kaputt.json'),
    };
    writeFileSync(paths.north, file(north, [event(1, 'Netzwerk Nord')]));
    // the same device exported again later: ten checks as they were, four in a newer version
    writeFileSync(
      paths.again,
      file([...north.slice(10, 20), ...newer], [event(1, 'Netzwerk Nord')]),
    );
    writeFileSync(paths.south, file(south, [event(2, 'Netzwerk Süd')]));
    writeFileSync(paths.small, file(small, [event(3, 'Netzwerk Klein')]));
    writeFileSync(paths.broken, file(north, []).slice(0, 2000));

    await page.goto(`${served.url}#/data`);
    await page.getByRole('link', { name: /Programm/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Programm/ })).toBeVisible();
    await expect(page.getByText(/in die Checks auf diesem Gerät übernommen/)).toBeVisible();
    await page.locator('#programme-files').setInputFiles(Object.values(paths));

    await expect(page.getByTestId('programme-summary')).toHaveText(
      'Dateien: 5. Checks neu: 45, schon da: 10, in anderer Fassung: 4. Dateien nicht eingelesen: 1.',
    );
    const report = page.getByRole('region', { name: 'Was in den Dateien war' });
    const row = (name: string) => report.getByRole('row', { name: new RegExp(`^${name}`) });
    await expect(row('nord.json').getByRole('cell')).toHaveText(['30', '0', '0', 'eingelesen']);
    await expect(row('nord-nochmal.json').getByRole('cell')).toHaveText([
      '0',
      '10',
      '4',
      'eingelesen',
    ]);
    await expect(row('kaputt.json').getByRole('cell').last()).toContainText('nicht eingelesen');

    // 30 + 12 + 3 firms: the four newer versions replace theirs, their older copies do not count
    await expect(page.getByTestId('programme-count')).toHaveText(
      '3 Netzwerke, 45 Checks von Betrieben',
    );
    const areas = page.getByRole('region', { name: 'Bereiche je Netzwerk' });
    await expect(areas.getByRole('columnheader')).toHaveText([
      'Bereich',
      'Netzwerk Klein (n = 3)',
      'Netzwerk Nord (n = 30)',
      'Netzwerk Süd (n = 12)',
      'Alle zusammen (n = 45)',
    ]);
    const first = areas.getByRole('row').nth(1).getByRole('cell');
    // the small network is hidden, and so is the next smallest: all minus Nord gives both together
    await expect(first.nth(0)).toHaveText('zu wenige');
    await expect(first.nth(2)).toHaveText('geschützt');
    await expect(first.nth(1)).toHaveText(/^\d+ \/ \d+ \/ \d+$/);
    await expect(first.nth(3)).toHaveText(/^\d+ \/ \d+ \/ \d+$/);
    await expectAccessible(page, 'programme');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      expect.soft(await layoutProblems(page), `layout at ${size.name}`).toEqual([]);
    }

    // reading the same files once more changes nothing
    await page.locator('#programme-files').setInputFiles([paths.north, paths.south]);
    await expect(page.getByTestId('programme-summary')).toHaveText(
      'Dateien: 2. Checks neu: 0, schon da: 42, in anderer Fassung: 0. Dateien nicht eingelesen: 0.',
    );
    await expect(page.getByTestId('programme-count')).toHaveText(
      '3 Netzwerke, 45 Checks von Betrieben',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
