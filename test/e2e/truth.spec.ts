// Issue 13 in Chromium: the printed page (A4 PDF, its text read back with pdf.js), the opened event in
// the URL and Back, focus after Esc and after a chip, axe with the drawer and the edit dialog open,
// phone and laptop layouts, the map's default view, English, and the .xlsx download.
import { readFileSync, writeFileSync } from 'node:fs';
import { seriousViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';

const ready = (page: Page, events: string) => expect(page.locator('[data-figure="events"]')).toHaveText(events);
const flat = (s: string) => s.replace(/[\s\u00a0\u00ad]+/g, '');

for (const scheme of ['light', 'dark'] as const) {
  test(`printing /?from=2015 (${scheme}) puts the filters, every figure, theme, place and event on paper`, async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./?from=2015');
    await ready(page, '4');
    await expect(page.locator('[data-place-row]')).toHaveCount(47);
    await expect(page.locator('[data-event-id]')).toHaveCount(4);
    const places = await page.locator('[data-place-row] th').evaluateAll((ths) => ths.map((th) => th.firstChild!.textContent!.trim()));
    const events = await page.locator('[data-event-id] td.name').evaluateAll((tds) => tds.map((td) => td.textContent!.trim()));
    const themes = await page
      .locator('figure')
      .filter({ hasText: 'Темы рекомендаций' })
      .locator('g.row text.name')
      .evaluateAll((ts) => ts.map((t) => t.textContent!));
    expect(themes.length).toBeGreaterThan(10);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    writeFileSync(info.outputPath(`print-${scheme}.pdf`), pdf);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const paper = flat(text);
    expect(paper).toContain(flat('Фильтры: Годы: с 2015'));
    for (const figure of ['Событий', '4', 'Участников', '1 789', 'Онлайн', '1 458', 'Очно', '73', 'Докладов', '69'])
      expect(paper).toContain(flat(figure));
    for (const title of ['Участники по времени', 'Очно и онлайн по годам', 'Темы рекомендаций', 'Темы по годам', 'Места на карте']) {
      expect(paper).toContain(flat(title));
    }
    for (const name of themes) expect(paper, `theme ${name}`).toContain(flat(name));
    for (const name of places) expect(paper, `place ${name}`).toContain(flat(name));
    for (const name of events) expect(paper, `event ${name}`).toContain(flat(name));
    // The events table's header row, all its columns.
    expect(paper).toContain(flat('Дата Название Город Формат Участников Рекомендаций'));
    // The events of unknown format, listed under the year chart.
    expect(paper).toContain(flat('Формат не указан:'));
    expect(paper).not.toContain(flat('Скачать выбранные'));
  });
}

test('an opened event is in the URL: a link opens it, Back closes it, a recommendation opens at its place', async ({ page }) => {
  await page.goto('./?from=2015');
  await ready(page, '4');
  const row = page.locator('[data-event-id]').first();
  const id = await row.getAttribute('data-event-id');
  await row.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]from=2015&event=${id}$`));
  await page.goBack();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveURL(/\?from=2015$/);
  await ready(page, '4');

  await page.goto(`./?from=2015&event=${id}`);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveURL(/\?from=2015$/);

  const rec = page.locator('section[aria-labelledby="recs-h"] button[data-open]').nth(1);
  await rec.scrollIntoViewIfNeeded();
  await rec.click();
  await expect(page).toHaveURL(/&event=r-[0-9a-f]+&rec=\d+$/);
  await expect(page.getByRole('dialog').locator('mark:focus')).toHaveClass(/m-rec/);
});

test('focus: Esc from an event opened on the timeline goes back to its mark; a removed chip leaves it in the bar', async ({ page }) => {
  await page.goto('./?from=2015&theme=quality');
  await ready(page, '2');
  const mark = page.locator('.mark[data-id]').first();
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(await mark.getAttribute('data-id'));

  await page.getByRole('button', { name: /Убрать фильтр: Годы/ }).click();
  await expect(page).not.toHaveURL(/from=/);
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
  await expect(page.locator(':focus')).toHaveAccessibleName(/Убрать фильтр: Тема/);
});

test('a skip link leads past the map and its place table to the events table', async ({ page }) => {
  await page.goto('./');
  await ready(page, '5');
  const skip = page.locator('main a.skip-inline');
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#events')).toBeFocused();
});

test('axe finds nothing serious with the edit dialog open (the event drawer: a11y.spec.ts)', async ({ page }) => {
  await page.goto('./');
  await ready(page, '5');
  await page.locator('[data-event-id]').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Исправить' }).click();
  await expect(page.locator('.editor')).toBeVisible();
  expect(await seriousViolations(page, { always: ['landmark-no-duplicate-banner'] })).toEqual([]);
});

test('layout: at 375 px the events table fits the screen; at 1366 px a date range stays in its cell', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('./');
  await ready(page, '5');
  const box = page.locator('.events .scroll');
  await box.scrollIntoViewIfNeeded();
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await expect(page.locator('[data-event-id] td.name').first()).toBeVisible();

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?from=2009&to=2009');
  await ready(page, '1');
  const date = page.locator('[data-event-id] td.date');
  await expect(date).toHaveText('30–31 марта 2009 г.');
  expect(await date.evaluate((td) => td.scrollWidth - td.clientWidth)).toBeLessThanOrEqual(0);
});

test("the map's default view shows all of Russia, Chukotka's eastern tip included (−169.6°, drawn at 190.4°)", async ({ page }) => {
  for (const width of [1366, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./');
    const map = page.locator('#map [data-bounds]');
    await expect(map).toHaveAttribute('data-bounds', /^-?\d/);
    const edges = async () => (await map.getAttribute('data-bounds'))!.split(',').map(Number);
    await expect.poll(async () => (await edges())[3], { message: `east edge at ${width}px` }).toBeGreaterThan(190.4);
    expect((await edges())[1], `west edge at ${width}px`).toBeLessThan(20);
  }
});

test('English means English: the title, the warnings, the Region column and the CSV', async ({ page }) => {
  await page.goto('./?lang=en&from=2020&to=2020');
  await ready(page, '1');
  await expect(page).toHaveTitle('Resolutions of library conferences');
  await expect(page.locator('.mark .badge title').first()).toHaveText('In person 34 + online 502 = 536, but the stated total is 535');
  await expect(page.locator('[data-place-row][data-place="Санкт-Петербург"] th')).toContainText('Saint Petersburg');
  const regions = await page.locator('[data-place-row] td.wide:first-of-type').allTextContents();
  expect(regions.join(' ')).not.toMatch(/[а-яё]/i);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-csv"]').click()]);
  const csv = readFileSync(await download.path()).toString('utf8');
  expect(csv.split('\r\n')[0]).toContain('id;file;start date;end date;year;title;kind');
  expect(csv).toContain('In person 34 + online 502 = 536, but the stated total is 535');
});

test('the .xlsx download is a workbook named after the filters', async ({ page }) => {
  await page.goto('./?from=2015');
  await ready(page, '4');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-xlsx"]').click()]);
  expect(download.suggestedFilename()).toBe('rezolyucii-s-2015.xlsx');
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip, as every .xlsx
  expect(bytes.length).toBeGreaterThan(5000);
});

test('search finds other forms and grouped numbers, highlights them in the text; a grid cell filters theme and year', async ({ page }) => {
  await page.goto('./?q=' + encodeURIComponent('Кузбасс'));
  await expect(page.locator('[data-event-id]')).not.toHaveCount(0);
  const kemerovo2015 = page.locator('[data-event-id]').filter({ hasText: 'ТРЕНД НА МОБИЛЬНОСТЬ' });
  await expect(kemerovo2015).toHaveCount(1);
  await kemerovo2015.click();
  await expect(page.getByRole('dialog').locator('mark.m-search').first()).toHaveText(/^Кузбас/);

  await page.goto('./?q=2198');
  await expect(page.locator('[data-event-id]')).toHaveCount(1);
  await page.locator('[data-event-id]').click();
  await expect(page.getByRole('dialog').locator('mark.m-search')).toHaveText(/^2\s198$/);

  await page.goto('./');
  await ready(page, '5');
  await page.getByRole('button', { name: /^Выбрать тему «Управление качеством и стандарты» и 2021 год/ }).click();
  await expect(page).toHaveURL(/\?from=2021&to=2021&theme=quality$/);
  await ready(page, '1');
});
