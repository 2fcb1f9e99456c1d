import { completeCheck } from './answer';
import { expect, expectAccessible, pdfPages, test } from './fixtures';

test('a coordinator completes the Netzwerk-Selbstcheck and gets a phase and cited recommendations', async ({
  page,
  served,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 800, height: 1100 });
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Netzwerk-Selbstcheck starten' }).click();
  await page.locator('form.questionnaire fieldset').first().waitFor();
  await expectAccessible(page, 'Netzwerk-Selbstcheck typology page');
  let pages = 0;
  // typology: first option; phase indicators: "erfüllt" in phase I, "teilweise" in II; likert 2
  await completeCheck(
    page,
    () => 2,
    async () => {
      pages++;
    },
  );
  expect(pages).toBeGreaterThanOrEqual(10);
  await expect(page.getByTestId('phase-now')).toHaveText(/Aktuelle Phase: Phase (I|II|III) –/);
  await expect(
    page.getByRole('heading', { name: 'Nächste Schritte in dieser Phase' }),
  ).toBeVisible();
  const recs = page.locator('section[aria-labelledby=recs-h] ol > li');
  expect(await recs.count()).toBeGreaterThanOrEqual(3);
  await expect(recs.first().locator('.sources cite').first()).toContainText(
    /IAW|Uhlmann|Kompetenznetze|Workshop|JOBSTARTER/,
  );
  await expect(
    page
      .getByText(/Zum Nachlesen: (IAW \/ DIHK Service 2017, Kap\. 4|JOBSTARTER 2007, Phase I)/)
      .first(),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Studienzahlen zu KMU in Netzwerken' }),
  ).toBeVisible();
  await expect(page.getByText(/Prozentpunkte/).first()).toBeVisible();
  // a coordinator's texts, not a firm's
  await expect(
    page.getByRole('heading', { name: 'Auf ein anderes Gerät übertragen' }),
  ).toBeVisible();
  await expect(
    page.getByText(
      /An das Veranstaltungsteam übergeben|Name Ihres Betriebs|keine Hürde angekreuzt/,
    ),
  ).toHaveCount(0);
  await expectAccessible(page, 'coordinator result');

  // on paper: phase, profile, recommendations with sources in at most three A4 pages
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const printed = await pdfPages(page);
  console.log('coordinator report PDF pages', printed);
  expect(printed).toBeLessThanOrEqual(3);
  await expect(page.getByTestId('phase-now')).toBeVisible();
  await expect(recs.first().locator('.sources')).toBeVisible();
  await expect(page.getByText(/Diese Studienzahlen stehen nicht auf dem Ausdruck/)).toBeVisible();
});
