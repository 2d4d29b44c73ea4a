// Exports in Chromium: the selection as CSV (bytes as Excel gets them), each chart as PNG and SVG with
// the filters written under it, and the link of the view copied to the clipboard.
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

const ready = (page: Page, events: string) => expect(page.locator('[data-figure="events"]')).toHaveText(events);

test('CSV of the selection: UTF-8 with a BOM, ";" cells, CRLF, Cyrillic intact, named after the filters', async ({ page }) => {
  await page.goto('./');
  await ready(page, '5');
  const all = await downloadOf(page, () => page.getByRole('button', { name: /в CSV/ }).click());
  expect(all.download.suggestedFilename()).toBe('rezolyucii.csv');
  expect([...all.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = all.bytes.toString('utf8');
  expect(text).toContain('Санкт-Петербург');
  expect(text.split('\r\n')[0]).toContain('id;файл;дата начала;дата окончания;год;название');
  expect(text.split('\r\n').filter(Boolean)).toHaveLength(6);
  expect(text).toMatch(/;995;39;956;/);

  await page.goto('./?from=2020&to=2021');
  await ready(page, '2');
  const some = await downloadOf(page, () => page.getByRole('button', { name: /в CSV/ }).click());
  expect(some.download.suggestedFilename()).toBe('rezolyucii-2020-2021.csv');
  expect(some.bytes.toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(3);
  const json = await downloadOf(page, () => page.getByRole('button', { name: /в JSON/ }).click());
  expect(json.download.suggestedFilename()).toBe('rezolyucii-2020-2021.json');
  const parsed = JSON.parse(json.bytes.toString('utf8'));
  expect(parsed.filters).toMatchObject({ from: 2020, to: 2021 });
  expect(parsed.resolutions).toHaveLength(2);
});

/** Share of pixels of a PNG (drawn back in the page) that are clearly not background. */
async function inkShare(page: Page, png: Buffer): Promise<{ width: number; height: number; ink: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 600) ink++;
    return { width: img.width, height: img.height, ink: ink / (data.length / 4) };
  }, png.toString('base64'));
}

test('the timeline as PNG (2×, not blank) and as SVG with the filters line', async ({ page }, info) => {
  await page.goto('./?from=2020&to=2021');
  await ready(page, '2');
  const png = await downloadOf(page, () => page.getByRole('button', { name: 'Скачать график «Участники по времени» в PNG' }).click());
  expect(png.download.suggestedFilename()).toBe('uchastniki-po-vremeni-2020-2021.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.bytes.length).toBeGreaterThan(5000);
  await png.download.saveAs(info.outputPath('timeline.png'));
  const drawn = await inkShare(page, png.bytes);
  expect(drawn.ink).toBeGreaterThan(0.01);

  const svg = await downloadOf(page, () => page.getByRole('button', { name: 'Скачать график «Участники по времени» в SVG' }).click());
  expect(svg.download.suggestedFilename()).toBe('uchastniki-po-vremeni-2020-2021.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toContain('Фильтры: Годы: 2020–2021');
  expect(text).toContain('>Участники по времени</text>');
  expect(text).not.toContain('var(--');
  expect(text).not.toContain('foreignObject');
  // 2× the SVG's size.
  const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(text)![1]);
  expect(drawn.width).toBe(2 * width);
});

test('every chart exports a PNG, the HTML ones through their own SVG rendering', async ({ page }, info) => {
  await page.goto('./?theme=quality');
  await expect(page.locator('[data-figure="events"]')).not.toHaveText('5');
  for (const title of ['Участники по времени', 'Очно и онлайн по годам', 'Темы рекомендаций', 'Темы по годам']) {
    const button = page.getByRole('button', { name: `Скачать график «${title}» в PNG` });
    await expect(button).toHaveText('PNG');
    const png = await downloadOf(page, () => button.click());
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    await png.download.saveAs(info.outputPath(png.download.suggestedFilename()));
    expect((await inkShare(page, png.bytes)).ink).toBeGreaterThan(0.005);
  }
  const grid = await downloadOf(page, () => page.getByRole('button', { name: 'Скачать график «Темы по годам» в SVG' }).click());
  const text = grid.bytes.toString('utf8');
  expect(text).toContain('Фильтры: Тема: Управление качеством и стандарты');
  expect(text).not.toContain('var(--');
});

test('the copy-link button puts the URL of the view on the clipboard and says so', async ({ page }) => {
  await page.goto('./?from=2020&to=2021&theme=quality');
  await ready(page, '1');
  await page.getByRole('button', { name: 'Скопировать ссылку' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ссылка скопирована' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  expect(page.url()).toMatch(/\?from=2020&to=2021&theme=quality$/);
});
