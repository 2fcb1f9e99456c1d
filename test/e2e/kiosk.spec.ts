import type { Page } from '@playwright/test';
import { completeCheck } from './answer';
import { expect, expectAccessible, test, waitForServiceWorker } from './fixtures';

const welcome = (page: Page) => page.getByRole('heading', { level: 1, name: 'Willkommen!' });

/** Nothing of an earlier respondent is on screen: no checked answer, no result. */
async function expectClean(page: Page) {
  await expect(welcome(page)).toBeVisible();
  await expect(page.locator('input:checked')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Ihr Ergebnis' })).toHaveCount(0);
  await expect(page.locator('form.questionnaire')).toHaveCount(0);
}

async function createEvent(
  page: Page,
  fields: { name: string; pin?: string; idle?: number; keep?: boolean },
) {
  await page.goto(page.url().split('#')[0] + '#/events');
  await page.getByRole('link', { name: 'Neue Veranstaltung anlegen' }).click();
  await page.getByLabel('Name der Veranstaltung').fill(fields.name);
  if (fields.pin) await page.getByLabel(/PIN zum Beenden/).fill(fields.pin);
  if (fields.idle) await page.getByLabel(/Zurück zum Start nach/).fill(String(fields.idle));
  await page.getByLabel(fields.keep ? /behalten/ : 'verwerfen').check();
  await expectAccessible(page, 'event form');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: fields.name })).toBeVisible();
}

/** Counts the checks stored under an event, read from IndexedDB independently of the app. */
const storedChecks = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ completed: number; total: number; answers: number }>((resolve) => {
        const req = indexedDB.open('netzwerk-check');
        req.onsuccess = () => {
          const tx = req.result.transaction(['sessions', 'answers']);
          const s = tx.objectStore('sessions').getAll();
          const a = tx.objectStore('answers').count();
          tx.oncomplete = () => {
            const withEvent = (s.result as { eventId?: string; completedAt?: number }[]).filter(
              (x) => x.eventId,
            );
            resolve({
              total: withEvent.length,
              completed: withEvent.filter((x) => x.completedAt).length,
              answers: a.result,
            });
            req.result.close();
          };
        };
      }),
  );

test('three respondents in a row on one offline tablet never see each other’s answers', async ({
  page,
  served,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 800, height: 1100 });
  await page.goto(served.url);
  await waitForServiceWorker(page);
  await page.getByRole('link', { name: 'Veranstaltung vorbereiten' }).click();
  await expectAccessible(page, 'events');
  await createEvent(page, { name: 'Kammerabend Reutlingen', pin: '2468', idle: 300 });
  await expectAccessible(page, 'event detail');
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Veranstaltungsmodus starten' }).click();
  await expect(welcome(page)).toBeVisible();
  // the bar at the top names the event; the start screen does not say it a second time
  await expect(page.getByText('Kammerabend Reutlingen', { exact: true })).toHaveCount(1);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expectAccessible(page, 'kiosk start');

  const results: string[][] = [];
  for (let person = 1; person <= 3; person++) {
    await page.getByRole('button', { name: 'Los geht’s' }).click();
    await completeCheck(page, () => person + 1);
    if (person === 1) await expectAccessible(page, 'kiosk result');
    const recs = page.locator('section[aria-labelledby=recs-h] ol > li');
    expect(await recs.count()).toBeLessThanOrEqual(3);
    results.push(await recs.locator('h3').allTextContents());
    await page.getByRole('button', { name: 'Fertig – nächste Person' }).click();
    await expectClean(page);
    await page.goBack();
    await expectClean(page);
    await page.goForward();
    await expectClean(page);
    await page.reload();
    await expectClean(page);
  }
  expect(await storedChecks(page)).toMatchObject({ total: 3, completed: 3 });

  await page.getByRole('button', { name: 'Veranstaltungsmodus beenden' }).click();
  const dialog = page.getByRole('dialog');
  await expectAccessible(page, 'PIN dialog');
  await dialog.getByLabel('PIN').fill('1111');
  await dialog.getByRole('button', { name: 'Beenden' }).click();
  await expect(dialog.getByText('Die PIN stimmt nicht.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await page.reload();
  await expectClean(page);
  await page.getByRole('button', { name: 'Veranstaltungsmodus beenden' }).click();
  await page.getByRole('dialog').getByLabel('PIN').fill('2468');
  await page.getByRole('dialog').getByRole('button', { name: 'Beenden' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kammerabend Reutlingen' }),
  ).toBeVisible();
  await expect(page.getByTestId('event-counts')).toHaveText('3 abgeschlossen, 0 unvollständig');
  await page.context().setOffline(false);
});

test('the idle timeout returns to the start and keeps or discards the partial check as set', async ({
  page,
  served,
}) => {
  test.setTimeout(120_000);
  await page.goto(served.url);
  for (const keep of [false, true]) {
    await createEvent(page, { name: keep ? 'Messe behalten' : 'Messe verwerfen', idle: 5, keep });
    await page.getByRole('button', { name: 'Veranstaltungsmodus starten' }).click();
    await page.getByRole('button', { name: 'Los geht’s' }).click();
    await page.locator('fieldset.q label').first().click();
    // the warning comes first, for screen readers too
    await expect(
      page.getByRole('alertdialog', { name: /^Noch \d Sekunden – weitermachen\?$/ }),
    ).toBeVisible({
      timeout: 10_000,
    });
    await expect(
      page.getByText(
        keep
          ? 'Nach 5 Sekunden ohne Eingabe hat der Check neu begonnen. Die Antworten bis dahin sind gespeichert, aber hier nicht mehr zu sehen.'
          : 'Nach 5 Sekunden ohne Eingabe hat der Check neu begonnen. Die Antworten bis dahin sind gelöscht.',
      ),
    ).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expectClean(page);
    await page.getByRole('button', { name: 'Veranstaltungsmodus beenden' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Beenden' }).click();
    await expect(page.getByTestId('event-counts')).toHaveText(
      keep ? '0 abgeschlossen, 1 unvollständig' : '0 abgeschlossen, 0 unvollständig',
    );
  }
});

test('"Weitermachen" keeps the visitor’s answers; after a completed check the reset says it is saved', async ({
  page,
  served,
}) => {
  test.setTimeout(120_000);
  await page.goto(served.url);
  await createEvent(page, { name: 'Messe Warnung', idle: 8 });
  await page.getByRole('button', { name: 'Veranstaltungsmodus starten' }).click();
  await page.getByRole('button', { name: 'Los geht’s' }).click();
  await page.locator('fieldset.q label').first().click();
  const warning = page.getByRole('alertdialog', { name: /Sekunden – weitermachen\?/ });
  await expect(warning).toBeVisible({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Weitermachen' }).click();
  await expect(warning).toHaveCount(0);
  // the warning is a modal dialog, not a box over what the visitor reads (it hid the profile
  // table on a phone): focus goes in, Escape answers it, and the focus comes back
  await page.locator('fieldset.q input').first().focus();
  await expect(warning).toBeVisible({ timeout: 10_000 });
  expect(await warning.evaluate((el) => el.matches(':modal'))).toBe(true);
  await expect(page.getByRole('button', { name: 'Weitermachen' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(warning).toHaveCount(0);
  await expect(page.locator('fieldset.q input').first()).toBeFocused();
  // the visitor is still on the same page with the answer given
  await expect(page.locator('form.questionnaire input:checked')).toHaveCount(1);
  await completeCheck(page, () => 4);
  await expect(warning).toBeVisible({ timeout: 10_000 });
  await expect(
    page.getByText(
      'Nach 8 Sekunden ohne Eingabe ist das Ergebnis vom Bildschirm verschwunden. Es ist vollständig gespeichert.',
    ),
  ).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/beendet/)).toHaveCount(0);
  await expectClean(page);
});

/** Starts kiosk mode for a new event and returns the id of the first visitor's check with one answer given. */
async function startVisitor(page: Page, name: string, keep: boolean) {
  await createEvent(page, { name, pin: '1357', keep });
  await page.getByRole('button', { name: 'Veranstaltungsmodus starten' }).click();
  await page.getByRole('button', { name: 'Los geht’s' }).click();
  await page.waitForURL(/#\/kiosk\/check\//);
  await page.locator('fieldset.q label').first().click();
  await expect(page.locator('input:checked')).toHaveCount(1);
  return /#\/kiosk\/check\/([^/]+)/.exec(page.url())?.[1] ?? '';
}

/** Leaves kiosk mode with the PIN and reads the event page's counts. */
async function leaveAndCount(page: Page) {
  await page.getByRole('button', { name: 'Veranstaltungsmodus beenden' }).click();
  await page.getByRole('dialog').getByLabel('PIN').fill('1357');
  await page.getByRole('dialog').getByRole('button', { name: 'Beenden' }).click();
  return page.getByTestId('event-counts');
}

test('back to the start, then forward or the old address: the next visitor sees nothing of the abandoned check', async ({
  page,
  served,
}) => {
  test.setTimeout(120_000);
  await page.goto(served.url);
  for (const keep of [false, true]) {
    const id = await startVisitor(page, keep ? 'Messe behalten' : 'Messe verwerfen', keep);
    await page.goBack();
    await expectClean(page);
    await page.goForward();
    await expectClean(page);
    for (const path of [`#/kiosk/check/${id}/0`, `#/kiosk/check/${id}/1`, `#/kiosk/result/${id}`]) {
      await page.goto(served.url + path);
      await expectClean(page);
    }
    await page.reload();
    await expectClean(page);
    // "Teilantworten verwerfen" really deletes; "behalten" keeps it for the coordinator
    expect(await storedChecks(page)).toMatchObject({ total: keep ? 1 : 0 });
    await expect(await leaveAndCount(page)).toHaveText(
      keep ? '0 abgeschlossen, 1 unvollständig' : '0 abgeschlossen, 0 unvollständig',
    );
    if (keep) {
      // kept for the event's counts and backup, but at an anonymous event nobody opens it singly
      await page.goto(`${served.url}#/check/${id}/0`);
      await expect(page.getByText(/Dieser Check ist anonym/)).toBeVisible();
      await expect(page.locator('input:checked')).toHaveCount(0);
    }
  }
});

test('a double tap on “Los geht’s” starts one check, and the visitor stays in it', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await createEvent(page, { name: 'Doppeltipp', pin: '1357', keep: true });
  await page.getByRole('button', { name: 'Veranstaltungsmodus starten' }).click();
  await page.getByRole('button', { name: 'Los geht’s' }).dblclick();
  await page.waitForURL(/#\/kiosk\/check\//);
  await expect(page.locator('form.questionnaire')).toBeVisible();
  await page.locator('fieldset.q label').first().click();
  await expect(page.locator('form.questionnaire')).toBeVisible();
  await expect(page.locator('input:checked')).toHaveCount(1);
  expect(await storedChecks(page)).toMatchObject({ total: 1, answers: 1 });
  await expect(await leaveAndCount(page)).toHaveText('0 abgeschlossen, 1 unvollständig');
});
