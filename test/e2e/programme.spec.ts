import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dimensions } from '../../src/content/dimensions';
import { kmuInstrument } from '../../src/content/kmu/instrument';
import { packFile } from '../../src/storage/backup/compact';
import { FORMAT_VERSION } from '../../src/storage/backup/format';
import type { ExportFile, ExportedSession } from '../../src/storage/types';
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

/** A device id of network k (its j-th device), as each device makes one once. */
const deviceId = (k: number, j: number) =>
  `${k.toString(16).padStart(8, '0')}-000${j}-4000-8000-000000000000`;
const networkName = (k: number) => `Netzwerk ${String(k).padStart(2, '0')}`;
/** Network k's events: every network copied the same template, name and network alike. */
const alike = (k: number, testRun = false) => ({
  ...event(0, 'Fachkräfte-Netzwerk'),
  id: `${(0xe000 + k * 2 + (testRun ? 1 : 0)).toString(16).padStart(8, '0')}-0000-4000-8000-000000000001`,
  name: testRun ? 'Probelauf' : 'Unternehmerfrühstück',
  ...(testRun && { testRun: true }),
});
const answerable = items.filter((i) => i.type !== 'text').length;
/**
 * `count` completed firms' checks of network k with every question answered, recorded on its
 * first device, every other one at its event (whose name says nothing about the network).
 */
function networkChecks(k: number, count: number, skip = 0) {
  return syntheticChecks({
    seed: k,
    from: 0,
    count: 4 * (count + skip),
    at,
    instrumentId: 'kmu',
    items,
  })
    .filter((c) => c.completedAt && Object.keys(c.answers).length === answerable)
    .slice(skip, skip + count)
    .map((c, i) => ({
      ...c,
      ...(i % 2 === 0 ? { eventId: alike(k).id } : {}),
      origin: {
        device: deviceId(k, 1),
        via: i % 2 === 0 ? ('kiosk' as const) : ('here' as const),
        network: networkName(k),
      },
    }));
}
/** A file as a device of the network exports it (the app's own current format). */
const deviceFile = (sessions: ExportedSession[], events: unknown[], devices: string[]) =>
  packFile({
    format: 'netzwerk-check',
    version: FORMAT_VERSION,
    exportedAt: new Date(at + 86_400_000).toISOString(),
    sessions,
    events: events as ExportFile['events'],
    devices: Object.fromEntries(devices.map((d, i) => [d, `Tablet ${i + 1}`])),
  }).join('');

test('files of 20 networks’ devices show 20 networks side by side, each check once, none below the minimum group', async ({
  page,
  served,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'programme-20-'));
  try {
    // network k has 6 + k firms, network 20 only 3; network 20 also made two Testläufe, and
    // network 6 two at an event marked as Testlauf
    const size = (k: number) => (k === 20 ? 3 : 6 + k);
    const firms = new Map(
      Array.from({ length: 20 }, (_, i) => [i + 1, networkChecks(i + 1, size(i + 1))]),
    );
    const testRuns = [
      ...networkChecks(20, 2, 3).map((c) => ({ ...c, testRun: true })),
      ...networkChecks(6, 2, size(6)).map((c) => ({ ...c, eventId: alike(6, true).id })),
    ];
    const files: string[] = [];
    const write = (name: string, text: string) => {
      files.push(join(dir, name));
      writeFileSync(join(dir, name), text);
    };
    for (const [k, list] of firms) {
      const own = [...list, ...testRuns.filter((c) => c.origin.network === networkName(k))];
      const events = [alike(k), ...(k === 6 ? [alike(6, true)] : [])];
      if (k === 1) {
        // network 1 recorded on two devices; the second also holds three of the first's checks
        const second = own
          .slice(4)
          .map((c) => ({ ...c, origin: { ...c.origin, device: deviceId(1, 2) } }));
        write('netz-01-a.json', deviceFile(own.slice(0, 4), events, [deviceId(1, 1)]));
        write(
          'netz-01-b.json',
          deviceFile([...own.slice(0, 3), ...second], events, [deviceId(1, 1), deviceId(1, 2)]),
        );
      } else if (k === 3) {
        // network 3's device imported four of network 4's checks before it exported
        write(
          'netz-03.json',
          deviceFile(
            [...own, ...firms.get(4)!.slice(0, 4)],
            [...events, alike(4)],
            [deviceId(3, 1), deviceId(4, 1)],
          ),
        );
      } else {
        write(`netz-${String(k).padStart(2, '0')}.json`, deviceFile(own, events, [deviceId(k, 1)]));
      }
      // network 2's device exported twice
      if (k === 2) write('netz-02-spaeter.json', deviceFile(own, events, [deviceId(2, 1)]));
    }
    const all = [...firms.values()].reduce((n, l) => n + l.length, 0);
    expect(all).toBe(307);

    await page.goto(`${served.url}#/programme`);
    await expect(page.getByRole('heading', { level: 1, name: /Programm/ })).toBeVisible();
    await page.locator('#programme-files').setInputFiles(files);
    await expect(page.getByTestId('programme-summary')).toHaveText(
      `Dateien: 22. Checks neu: ${all + 4}, schon da: ${3 + size(2) + 4}, in anderer Fassung: 0. Dateien nicht eingelesen: 0.`,
      { timeout: 60_000 },
    );

    const areas = page.getByRole('region', { name: 'Bereiche je Netzwerk' });
    const heads = (n: (k: number) => number, total: number) => [
      'Bereich',
      ...Array.from({ length: 20 }, (_, i) => `${networkName(i + 1)} (n = ${n(i + 1)})`),
      `Alle zusammen (n = ${total})`,
    ];
    /** The area table as shown: per row, each column's three band counts, or its text when hidden. */
    const shown = () =>
      areas
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent ?? '')),
        );
    const bands = (cell: string) =>
      /^(\d+)\s*\/\s*(\d+)\s*\/\s*(\d+)$/.exec(cell.trim())?.slice(1).map(Number);
    /** Checks of the shown table that a reader cannot learn a group below the minimum from it. */
    const expectProtected = (rows: string[][]) => {
      for (const row of rows) {
        const total = bands(row.at(-1)!);
        const parts = row.slice(0, -1).map(bands);
        // every figure shown stands for at least five firms
        for (const p of [...parts, total])
          if (p) expect(p[0]! + p[1]! + p[2]!).toBeGreaterThanOrEqual(5);
        if (!total) continue;
        // all together minus the networks shown: the hidden ones, at least two and five together
        const hidden = parts.filter((p) => !p).length;
        const rest = [0, 1, 2].map((b) => total[b]! - parts.reduce((n, p) => n + (p?.[b] ?? 0), 0));
        if (hidden) {
          expect(hidden).toBeGreaterThanOrEqual(2);
          expect(rest[0]! + rest[1]! + rest[2]!).toBeGreaterThanOrEqual(5);
        } else expect(rest).toEqual([0, 0, 0]);
      }
    };

    // 20 networks, however alike their events are named; 307 firms, each once
    await expect(page.getByTestId('programme-count')).toHaveText(
      `20 Netzwerke, ${all} Checks von Betrieben`,
    );
    await expect(areas.getByRole('columnheader')).toHaveText(heads(size, all));
    const before = await shown();
    expect(before).toHaveLength(dimensions.length);
    // the areas the firms' check scores (the others are the networks' own)
    const scored = (rows: string[][]) => rows.filter((r) => bands(r.at(-1)!));
    expect(scored(before).length).toBeGreaterThanOrEqual(6);
    // network 20 is below the minimum, and network 01, the next smallest, is hidden with it
    for (const row of before) {
      expect(row[19]).toBe('zu wenige');
      expect(row[0]).toBe('geschützt');
    }
    for (const row of scored(before)) expect(row.filter((c) => bands(c)).length).toBe(19);
    expectProtected(before);

    // with the Testläufe, network 20 has five firms and network 06 two more
    const include = page.getByRole('checkbox', { name: 'Testläufe einbeziehen (4)' });
    await expect(include).not.toBeChecked();
    await include.check();
    const more = (k: number) => size(k) + (k === 20 || k === 6 ? 2 : 0);
    await expect(page.getByTestId('programme-count')).toHaveText(
      `20 Netzwerke, ${all + 4} Checks von Betrieben`,
    );
    await expect(areas.getByRole('columnheader')).toHaveText(heads(more, all + 4));
    const after = await shown();
    expect(scored(after)).toHaveLength(scored(before).length);
    // shown where all five have a score in the area (where one has none, it stays protected)
    const open = scored(after).filter((r) => r.every((c) => bands(c)));
    expect(open.length).toBeGreaterThanOrEqual(5);
    expectProtected(after);

    await include.uncheck();
    await expect(areas.getByRole('columnheader')).toHaveText(heads(size, all));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
