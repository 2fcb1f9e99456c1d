import type { Page } from '@playwright/test';

/** Which answer to give: a likert point 1–5 for an item id (or undefined to leave it open). */
export type Picker = (itemId: string, pageIndex: number) => number | undefined;

/** Answers every question on the current page: likert by `pick`, the first option of choices. */
export async function answerPage(page: Page, pick: Picker, pageIndex: number): Promise<string[]> {
  const answered: string[] = [];
  await page.locator('form.questionnaire fieldset').first().waitFor();
  const sets = page.locator('fieldset.q');
  const n = await sets.count();
  for (let i = 0; i < n; i++) {
    const set = sets.nth(i);
    const first = set.locator('input').first();
    const name = (await first.getAttribute('name')) ?? '';
    if (await set.evaluate((el) => el.classList.contains('likert'))) {
      const v = pick(name, pageIndex);
      if (v === undefined) continue;
      await set
        .locator('.likert__point')
        .nth(v - 1)
        .click();
    } else {
      await set.locator('label').first().click();
    }
    answered.push(name);
  }
  return answered;
}

/** The current page index from the URL (#/check/<id>/<page>). */
export const pageIndex = (page: Page) =>
  Number(/\/check\/[^/]+\/(\d+)/.exec(page.url())?.[1] ?? -1);

/** Clicks "Weiter" (or the finish button), confirming once if the page has open questions. */
export async function next(page: Page) {
  const before = page.url();
  const button = page.locator('form.questionnaire button[type=submit]');
  await button.click();
  if (page.url() === before && (await page.locator('text=offen gelassen').count()))
    await button.click();
  await page.waitForURL((u) => u.toString() !== before);
}

/** Starts a check from the start screen and returns its id. */
export async function startCheck(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Check starten', exact: true }).click();
  await page.waitForURL(/#\/check\//);
  await page.locator('form.questionnaire fieldset').first().waitFor();
  return /#\/check\/([^/]+)/.exec(page.url())?.[1] ?? '';
}

/** Answers page after page until the result screen shows. */
export async function completeCheck(
  page: Page,
  pick: Picker,
  onPage?: (index: number) => Promise<void>,
) {
  for (let guard = 0; guard < 40 && !/\/result\//.test(page.url()); guard++) {
    const index = pageIndex(page);
    await page.locator('form.questionnaire h1').waitFor();
    await answerPage(page, pick, index);
    if (onPage) await onPage(index);
    await next(page);
  }
  await page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' }).waitFor();
}
