// What a careless or hostile user can send, in the built app on Chromium: links with made-up values,
// a backup holding a very long text. The page keeps its header and figures, says what it left out,
// checks a backup off its own thread, and draws a long text only where it is on screen.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"]`);

test.describe('links', () => {
  const hostile: [string, RegExp | null][] = [
    ['?kind=foo', /kind=foo/],
    ['?type=foo', /type=foo/],
    ['?kind=__proto__', /kind=__proto__/],
    ['?theme=__proto__,constructor', /theme=__proto__, theme=constructor/],
    ['?from=2030&to=1990', /обратном порядке: показаны 1990–2030/],
    ['?from=0&to=99999&type=toString&place=&q=', /from=0, to=99999, type=toString/],
  ];
  for (const [query, notice] of hostile) {
    test(`${query} keeps the header and the figures, with no made-up chip`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`./${query}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Резолюции библиотечных конференций');
      await expect(figure(page, 'events')).toHaveText('5');
      await expect(page.locator('.chips')).not.toContainText(/foo|__proto__|constructor|toString|object Object/);
      if (notice) await expect(page.locator('[data-url-notice]')).toContainText(notice);
      expect(errors).toEqual([]);
    });
  }
});

/** A record of the bundled data set with `paragraphs` paragraphs of ~1 000 characters appended, and a
 * recommendation quoted from the very end of the text (id, hash and offsets made from the new text). */
async function bigRecord(paragraphs: number) {
  const dataset = JSON.parse(await readFile(join(process.cwd(), 'data/resolutions.json'), 'utf8'));
  const base = dataset.resolutions[0];
  const filler = Array.from(
    { length: paragraphs },
    (_, i) => `Абзац ${i + 1}. ` + 'Участники обсудили работу библиотек с читателями, фонды и цифровые сервисы. '.repeat(13),
  ).join('\n');
  const last = 'Поручить оргкомитету подготовить сборник материалов к концу года.';
  const text = `${base.text}\n${filler}\n${last}\n`;
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const start = text.lastIndexOf(last);
  const rec = { text: last, themes: [], evidence: { quote: last, start, end: start + last.length, matches: [] } };
  const now = new Date().toISOString();
  return {
    ...base,
    id: `r-${sha256.slice(0, 16)}`,
    source: { file: 'большой.txt', sha256, chars: text.length },
    text,
    title: 'Очень длинная резолюция',
    evidence: { ...base.evidence, title: undefined },
    recommendations: [...base.recommendations, rec],
    origin: 'imported',
    edited: [],
    addedAt: now,
    updatedAt: now,
  };
}

const backupOf = (resolutions: unknown[]) => ({
  format: 'resolutions-dashboard-backup',
  schemaVersion: 2,
  exportedAt: new Date().toISOString(),
  bundledVersion: null,
  deletedBundled: [],
  resolutions,
  themes: [],
});

test('a backup with a 2.9 M-character text: checked in a worker, and its text drawn in parts', async ({ page }) => {
  test.setTimeout(180_000);
  const record = await bigRecord(2_850);
  expect(record.text.length).toBeGreaterThan(2_800_000);
  expect(record.text.length).toBeLessThan(3_000_000);
  await page.goto('./');
  await expect(page.locator('[data-event-id]')).toHaveCount(5);

  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.getByLabel('добавить к имеющимся').check();
  await page.locator('[data-action="backup-restore"]').setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backupOf([record]))),
  });
  await page.locator('[data-action="backup-restore-confirm"]').click({ timeout: 60_000 });
  await expect(page.locator('[data-backup-message]')).toHaveText('Восстановлено: записано 1, пропущено 0. Всего документов: 6.', {
    timeout: 60_000,
  });
  expect(
    workers.some((url) => /backup/.test(url)),
    `workers: ${workers.join(', ')}`,
  ).toBe(true);

  // Open it: the whole text is in the page, in parts; only those on screen hold their highlights,
  // and the browser lays out only those.
  await page.locator(`[data-event-id="${record.id}"]`).click();
  const text = page.locator('.detail .source .text');
  await expect(text).toBeVisible({ timeout: 60_000 });
  const parts = text.locator('[data-part]');
  await expect.poll(() => parts.count()).toBeGreaterThan(300);
  expect(await text.evaluate((el) => el.textContent!.length)).toBe(record.text.length);
  // Parts off screen are skipped by the browser's layout (content-visibility: auto)…
  expect(await parts.evaluateAll((els) => els.every((el) => getComputedStyle(el).contentVisibility === 'auto'))).toBe(true);
  // …and hold plain text: only those on screen or near it carry their highlights.
  const marked = await parts.evaluateAll((els) => els.filter((el) => el.querySelector('mark')).length);
  expect(marked).toBeGreaterThan(0);
  expect(marked).toBeLessThan(10);

  // "Show in text" for the last recommendation draws its part, 2.8 million characters down.
  const recs = record.recommendations.length;
  await page.locator(`.detail [data-target-field="rec.${recs - 1}"]`).click();
  const lastRec = page.locator('.detail mark[data-field="recommendations"]').last();
  await expect(lastRec).toHaveText('Поручить оргкомитету подготовить сборник материалов к концу года.');
  await expect(lastRec).toBeFocused();
  await expect(lastRec).toBeInViewport();
});
