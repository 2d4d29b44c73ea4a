// Series, recurring recommendations and «Справка (.docx)» in Chromium, on the five bundled seeds.
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { seriousViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';

const ready = (page: Page, events: string) => expect(page.locator('[data-figure="events"]')).toHaveText(events);
const seriesItem = (page: Page) => page.locator('[data-series]');

test('the series view: each series with its editions and the missing ones; series= in the URL picks one', async ({ page }) => {
  await page.goto('./');
  await ready(page, '5');
  await expect(seriesItem(page)).toHaveCount(2);
  const methodical = seriesItem(page).filter({ hasText: '«Методическая служба»' });
  await expect(methodical).toHaveAttribute('data-editions', '2');
  await expect(methodical.locator('tbody tr')).toHaveText([/^II\s*2016\s*116/, /нет данных о III/, /^IV\s*2020\s*535\s*94\s*%\s*21/]);
  await expect(methodical.locator('.gaps')).toContainText('нет данных о III');
  await expect(seriesItem(page).filter({ hasText: '«Менеджмент качества в библиотеках»' })).toHaveAttribute('data-editions', '1');
  const id = await methodical.getAttribute('data-series');
  expect(id).toMatch(/^s-[0-9a-f]{8}$/);

  await methodical.getByRole('button', { name: 'Только эта серия' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]series=${id}(&|$)`));
  await ready(page, '2');
  await expect(page.getByRole('button', { name: 'Убрать фильтр: Серия: Методическая служба' })).toBeVisible();
  await expect(seriesItem(page)).toHaveCount(1);
  await page.goBack();
  await ready(page, '5');

  // A link with the series opens it; a value that is no series id is dropped with a notice.
  await page.goto(`./?series=${id}`);
  await ready(page, '2');
  await page.goto('./?series=nonsense');
  await ready(page, '5');
  await expect(page.getByText(/series=nonsense/)).toBeVisible();
});

test('recurring recommendations: marked in the list, filtered, and grouped by how often they recur', async ({ page }) => {
  await page.goto('./');
  await ready(page, '5');
  const recs = page.locator('section[aria-labelledby="recs-h"]');
  await expect(recs.locator('[data-recurs]')).toHaveCount(13);
  await expect(recs.locator('[data-recurs="2020, 2021"]').first()).toHaveText('повторяется: 2020, 2021');
  await recs.getByLabel('Только повторяющиеся').check();
  await expect(recs.locator('li:has(.item)')).toHaveCount(13);
  await expect(recs.locator('[data-count]').first()).toHaveAttribute('data-count', '13');

  await recs.getByLabel('группами повторов').check();
  const groups = recs.locator('[data-recurring-group]');
  await expect(groups).toHaveCount(5);
  expect(await groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-years')))).toEqual([
    '2016,2020,2021',
    '2016,2020,2021',
    '2016,2020,2021',
    '2020,2021',
    '2020,2021',
  ]);
  await expect(groups.nth(3)).toContainText('Повторяется в 2 событиях: 2020, 2021');
  // A member opens its event's text at that recommendation.
  await groups.nth(3).getByRole('button').first().click();
  await expect(page).toHaveURL(/[?&]event=r-/);

  await page.goto('./?lang=en');
  await ready(page, '5');
  await expect(page.locator('[data-recurs="2020, 2021"]').first()).toHaveText('recurs: 2020, 2021');
});

test('«Справка (.docx)» downloads a Word report of the selection with the page’s charts', async ({ page }) => {
  await page.goto('./?from=2016');
  await ready(page, '3');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=report-docx]').click()]);
  expect(download.suggestedFilename()).toBe('spravka-s-2016.docx');
  const files = unzipSync(readFileSync(await download.path()));
  const doc = strFromU8(files['word/document.xml']);
  const notes = strFromU8(files['word/footnotes.xml']);
  const text = doc.replace(/<[^>]+>/g, '').replace(/\u00a0/g, ' ');
  expect(text).toContain('Аналитическая справка');
  expect(text).toContain('Фильтры: Годы: с 2016');
  expect(text).toContain('1 646'); // 116 + 535 + 995
  expect(text).toContain('Очно 34 + онлайн 502 = 536, а всего указано 535');
  expect(notes.replace(/<[^>]+>/g, '')).toContain('535 специалистов');
  // The charts as drawn on the page: PNG images in the package.
  const images = Object.keys(files).filter((n) => /^word\/media\/.+\.png$/.test(n));
  expect(images.length).toBeGreaterThanOrEqual(3);
  for (const n of images) expect([...files[n].subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  await expect(page.locator('.report [role=status]')).toContainText('Справка сохранена: spravka-s-2016.docx');
});

test('the series view and the recurring groups pass axe-core, in light and dark mode', async ({ page }) => {
  // The two sections this file is about (the whole page is a11y.spec.ts's).
  const parts = { include: ['#series', 'section[aria-labelledby="recs-h"]'] };
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('./');
    await ready(page, '5');
    for (const details of await page.locator('li[data-series] details').all()) await details.locator('summary').click();
    await expect(page.locator('[data-recurs]')).toHaveCount(13);
    expect(await seriousViolations(page, parts)).toEqual([]);
    await page.locator('section[aria-labelledby="recs-h"]').getByLabel('группами повторов').check();
    await expect(page.locator('[data-recurring-group]')).toHaveCount(5);
    expect(await seriousViolations(page, parts)).toEqual([]);
  }
});
