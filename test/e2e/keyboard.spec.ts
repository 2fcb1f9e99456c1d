import { expect, expectAccessible, test } from './fixtures';

test('the whole KMU-Check works with the keyboard alone', async ({ page, served }) => {
  await page.goto(served.url);
  const start = page.getByRole('button', { name: 'Check starten', exact: true });
  for (let i = 0; i < 15 && !(await start.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/check\//);

  let answeredGroups = 0;
  for (let step = 0; step < 600 && !page.url().includes('#/result/'); step++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return { kind: 'none' };
      if (el.type === 'radio' || el.type === 'checkbox') {
        const group = document.querySelectorAll<HTMLInputElement>(`input[name="${el.name}"]`);
        return { kind: el.type, answered: [...group].some((x) => x.checked) };
      }
      if (el.type === 'submit') return { kind: 'submit' };
      return { kind: el.tagName.toLowerCase() };
    });
    if ((focus.kind === 'radio' || focus.kind === 'checkbox') && !focus.answered) {
      await page.keyboard.press(focus.kind === 'radio' ? 'ArrowRight' : 'Space');
      answeredGroups++;
    } else if (focus.kind === 'submit') {
      const before = page.url();
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.toString() !== before);
      await expect(page.locator('h1')).toBeFocused();
    }
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeVisible();
  expect(answeredGroups).toBeGreaterThanOrEqual(30);
  await expectAccessible(page, 'result after keyboard run');
  const summary = page.locator('section[aria-labelledby=recs-h] summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('section[aria-labelledby=recs-h] details').first()).toHaveAttribute(
    'open',
    '',
  );
});
