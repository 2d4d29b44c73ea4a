// The built app in Chromium: year range through the UI, figures, URL, reload and back.
import { expect, test } from '@playwright/test';

const figure = (page: import('@playwright/test').Page, key: string) => page.locator(`[data-figure="${key}"]`);
// Intl's ru-RU groups thousands with a no-break space.
const ru = (n: number) => new Intl.NumberFormat('ru-RU').format(n);

test('a year range set in the UI filters, lives in the URL, survives a reload and is undone by back', async ({ page }) => {
  await page.goto('./');
  await expect(figure(page, 'events')).toHaveText('5');
  await expect(page.locator('[data-event-id]')).toHaveCount(5);

  await page.getByLabel('С года', { exact: true }).fill('2020');
  await page.getByLabel('С года', { exact: true }).press('Enter');
  await expect(page).toHaveURL(/[?&]from=2020(&|$)/);
  await page.getByLabel('По год', { exact: true }).fill('2021');
  await page.getByLabel('По год', { exact: true }).press('Enter');
  await expect(page).toHaveURL(/[?&]from=2020&to=2021(&|$)/);

  await expect(figure(page, 'events')).toHaveText('2');
  await expect(figure(page, 'participants')).toHaveText(ru(1530));
  await expect(figure(page, 'online')).toHaveText(ru(1458));
  await expect(figure(page, 'offline')).toHaveText(ru(73));
  await expect(page.locator('[data-event-id]')).toHaveCount(2);

  await page.reload();
  await expect(figure(page, 'events')).toHaveText('2');
  await expect(page.getByLabel('По год', { exact: true })).toHaveValue('2021');

  await page.goBack();
  await expect(page).toHaveURL(/[?&]from=2020$/);
  await expect(figure(page, 'events')).toHaveText('2');
  await page.goBack();
  await expect(figure(page, 'events')).toHaveText('5');
});

test('a link with filters reproduces the view: search, place and theme', async ({ page }) => {
  await page.goto('./?q=' + encodeURIComponent('кемеровская область'));
  await expect(page.locator('[data-event-id]')).toHaveCount(2);
  await expect(figure(page, 'participants')).toHaveText('143');
  // The 2009 council states no count: the sum says so rather than adding a zero.
  const card = page.locator('.card').filter({ has: figure(page, 'participants') });
  await expect(card).toContainText('не указано у 1 события');

  await page.goto('./?place=RU-KEM');
  await expect(page.locator('[data-event-id]')).toHaveCount(2);

  await page.goto('./?from=2009&to=2009');
  await expect(figure(page, 'participants')).toHaveText('не указано');
});

test('clicking a theme filters every view and can be removed as a chip', async ({ page }) => {
  await page.goto('./');
  await page
    .getByRole('button', { name: /Управление качеством и стандарты/ })
    .first()
    .click();
  await expect(page).toHaveURL(/theme=quality/);
  const chip = page.getByRole('button', { name: /Убрать фильтр: Тема: Управление качеством/ });
  await expect(chip).toBeVisible();
  await chip.click();
  await expect(page).not.toHaveURL(/theme=/);
});

test('screenshots at 1366×768 and 375×812', async ({ page }) => {
  for (const [width, height] of [
    [1366, 768],
    [375, 812],
  ]) {
    await page.setViewportSize({ width, height });
    await page.goto('./?from=2015');
    await expect(figure(page, 'events')).toHaveText('4');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/dashboard-${width}.png`, fullPage: true });
  }
});
