import { completeCheck } from './answer';
import { expect, expectAccessible, test } from './fixtures';

test('the network’s contact person appears at the kiosk, on each result and on paper', async ({
  page,
  served,
}) => {
  await page.goto(`${served.url}#/events`);
  await page.getByRole('link', { name: 'Netzwerkprofil bearbeiten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Netzwerkprofil' })).toBeVisible();
  await page.getByLabel('Name des Netzwerks').fill('Fachkräfte-Netz Muster');
  await page.getByLabel('Ansprechperson', { exact: true }).fill('Erika Beispiel');
  await page.getByLabel('E-Mail').fill('erika@');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('alert')).toContainText('E-Mail-Adresse sieht nicht vollständig aus');
  await page.getByLabel('E-Mail').fill('erika@example.org');
  await page.getByLabel(/Telefon/).fill('0711 123 45');
  await page.getByLabel(/Nächste Termine/).fill('14. Januar, 18 Uhr – Stammtisch');
  await page.getByLabel(/Internetseite/).fill('netz.example');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Gespeichert.')).toBeVisible();
  const site = page
    .getByRole('complementary', { name: 'Ihre Ansprechperson' })
    .getByRole('link', { name: 'netz.example' });
  await expect(site).toHaveAttribute('href', 'https://netz.example');
  await expectAccessible(page, 'network profile');

  await page.goto(`${served.url}#/events`);
  await page.getByRole('link', { name: 'Neue Veranstaltung anlegen' }).click();
  await page.getByLabel('Name der Veranstaltung').fill('Kammerabend');
  await expect(page.getByLabel(/Ansprechperson aus dem Netzwerkprofil zeigen/)).toBeChecked();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('button', { name: 'Veranstaltungsmodus starten' }).click();

  const card = page.getByRole('complementary', { name: 'Ihre Ansprechperson' });
  await expect(card).toContainText('Erika Beispiel');
  await expect(card.getByRole('link', { name: '0711 123 45' })).toHaveAttribute(
    'href',
    'tel:071112345',
  );
  // in event mode the website is text: a link would open a new tab, a way out of the event screen
  await expect(card).toContainText('netz.example');
  await expect(site).toHaveCount(0);
  await expectAccessible(page, 'kiosk start with contact');

  await page.getByRole('button', { name: 'Los geht’s' }).click();
  await completeCheck(page, () => 2);
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeVisible();
  await expect(card).toContainText('Fachkräfte-Netz Muster');
  await expect(card).toContainText('14. Januar, 18 Uhr – Stammtisch');
  await expect(site).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(card).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});
