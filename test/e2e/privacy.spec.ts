import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { completeCheck } from './answer';
import { expect, test } from './fixtures';

// What an organiser can open after an event: in "anonym" no single visitor, in
// "mit Rückmeldung" only the visitors who left their contact and agreed.
const welcome = (page: Page) => page.getByRole('heading', { level: 1, name: 'Willkommen!' });
const resultId = (page: Page) => /#\/kiosk\/result\/([^/]+)/.exec(page.url())?.[1] ?? '';

async function newEvent(page: Page, base: string, name: string, feedback: boolean) {
  await page.goto(`${base}#/event/new`);
  await page.getByLabel('Name der Veranstaltung').fill(name);
  // anonym is chosen unless the organiser picks otherwise
  await expect(page.getByRole('radio', { name: /^Anonym/ })).toBeChecked();
  if (feedback) await page.getByRole('radio', { name: /^Mit Rückmeldung/ }).check();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('button', { name: 'Veranstaltungsmodus starten' }).click();
  await welcome(page).waitFor();
}

async function visitor(page: Page, contact?: { name: string; way: string }) {
  await page.getByRole('button', { name: 'Los geht’s' }).click();
  await completeCheck(page, () => 3);
  const id = resultId(page);
  await expect(
    page.getByText(/nicht „Als PDF speichern“: Eine Datei bliebe auf diesem Gerät/),
  ).toBeVisible();
  if (contact) {
    await page.getByLabel('Ihr Name').fill(contact.name);
    await page.getByLabel('E-Mail oder Telefon').fill(contact.way);
    await page.getByRole('checkbox', { name: /Ich bin einverstanden/ }).check();
    await page.getByRole('button', { name: 'Kontakt hinterlassen' }).click();
    await expect(page.getByText('Danke! Ihr Kontakt ist gespeichert.')).toBeVisible();
  }
  await page.getByRole('button', { name: 'Fertig – nächste Person' }).click();
  await welcome(page).waitFor();
  return id;
}

async function leaveKiosk(page: Page) {
  await page.getByRole('button', { name: 'Veranstaltungsmodus beenden' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Beenden' }).click();
  await page.getByRole('navigation').waitFor();
}

test('anonym: after "Fertig – nächste Person" no screen opens a visitor’s check, the backup keeps it', async ({
  page,
  served,
}) => {
  test.setTimeout(120_000);
  await newEvent(page, served.url, 'Ausbildungsmesse', false);
  await expect(
    page.getByText(/^Anonym: Nach „Fertig – nächste Person“ kann niemand/),
  ).toBeVisible();
  const first = await visitor(page);
  const second = await visitor(page);
  await leaveKiosk(page);

  await page.goto(`${served.url}#/checks`);
  await expect(
    page.getByText('Anonyme Checks von Veranstaltungen: 2.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ergebnis ansehen' })).toHaveCount(0);
  for (const hash of [`#/result/${first}`, `#/check/${first}/0`, `#/result/${second}`]) {
    await page.goto(`${served.url}${hash}`);
    await expect(page.getByText(/Dieser Check ist anonym/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Ihr Ergebnis' })).toHaveCount(0);
    await expect(page.locator('form.questionnaire, input:checked')).toHaveCount(0);
  }

  await page.goto(`${served.url}#/events`);
  await page.getByRole('link', { name: 'Ausbildungsmesse' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Checks dieser Veranstaltung sichern' }).click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file.sessions.map((s: { id: string }) => s.id).sort()).toEqual([first, second].sort());
  expect(file.sessions.every((s: object) => Object.keys(s).length > 5)).toBe(true);
});

test('mit Rückmeldung: only the visitor who left a contact opens singly; export and import carry the choice', async ({
  page,
  served,
}) => {
  test.setTimeout(120_000);
  await newEvent(page, served.url, 'Kammerabend', true);
  await expect(
    page.getByText(/^Am Ende können Sie Namen und Kontakt für eine Rückmeldung/),
  ).toBeVisible();
  const asked = await visitor(page, { name: 'Sam Muster', way: 'sam@firma.example' });
  const quiet = await visitor(page);
  await leaveKiosk(page);

  await page.goto(`${served.url}#/checks`);
  await expect(page.getByRole('link', { name: 'Ergebnis ansehen' })).toHaveCount(1);
  await expect(
    page.getByText('Anonyme Checks von Veranstaltungen: 1.', { exact: false }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Ergebnis ansehen' }).click();
  expect(page.url()).toContain(asked);
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeVisible();
  await page.goto(`${served.url}#/result/${quiet}`);
  await expect(page.getByText(/Dieser Check ist anonym/)).toBeVisible();

  await page.goto(`${served.url}#/data`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Alle Checks sichern (Datei)' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(text);
  expect(file.events[0].privacy).toBe('feedback');
  const kept = file.sessions.find((s: { id: string }) => s.id === asked);
  expect(kept.followUp).toMatchObject({ name: 'Sam Muster', contact: 'sam@firma.example' });
  expect(kept.followUp.consent).toMatch(/^Ich bin einverstanden, dass das Veranstaltungsteam/);
  expect(file.sessions.find((s: { id: string }) => s.id === quiet).followUp).toBeUndefined();

  // on a second device the import keeps both rules
  const other = await page.context().browser()!.newContext({ locale: 'de-DE' });
  const tablet = await other.newPage();
  await tablet.goto(`${served.url}#/data`);
  await tablet.locator('#import-file').setInputFiles({
    name: 'abend.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await tablet.getByRole('button', { name: 'Jetzt einlesen' }).click();
  await tablet.getByText(/Check\(s\) eingelesen/).waitFor();
  await tablet.goto(`${served.url}#/checks`);
  await expect(tablet.getByRole('link', { name: 'Ergebnis ansehen' })).toHaveCount(1);
  await tablet.goto(`${served.url}#/event/${file.events[0].id}/edit`);
  await expect(tablet.getByRole('radio', { name: /^Mit Rückmeldung/ })).toBeChecked();
  await other.close();
});
