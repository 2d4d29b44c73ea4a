// Issue 14 in the built app on Chromium: a folder holding one file of each format (PDF, .doc, .docx,
// .rtf, .odt, .txt, .md, .html and a .zip with a PDF inside, plus a picture the import does not take)
// is picked with "Выбрать папку…"; every event appears in the table with its numbers. Then the bad
// inputs a real folder holds, each with its Russian message, and a long PDF stopped halfway. No
// request leaves 127.0.0.1 (pdf.js runs inside the import worker, from the app's own files) and no
// Content-Security-Policy rule is broken.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { EVENTS, eventText, type FixtureEvent } from '../unit/fixtures/formats/events';
import { makePdf, typeset, type PdfPage } from '../unit/fixtures/pdf-writer';
import { deflatedZeros, makeZip } from '../unit/fixtures/zip-writer';

const rows = (page: Page) => page.locator('[data-event-id]');
const folderInput = (page: Page) => page.locator('input[type=file][data-action="import-folder"]');
const filesInput = (page: Page) => page.locator('input[type=file][data-action="import"]');
const confirmButton = (page: Page) => page.locator('[data-action="import-confirm"]');
const fileResult = (page: Page, name: string) => page.locator(`[data-file="${name}"]`);
const fixture = (name: string) => readFile(join('test/unit/fixtures/formats', name));

const offSite: string[] = [];
test.beforeEach(async ({ page }) => {
  offSite.length = 0;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') offSite.push(r.url());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});
test.afterEach(async ({ page }) => {
  expect(offSite, 'requests to other origins').toEqual([]);
  if (page.isClosed()) return;
  const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
  expect(csp, 'Content-Security-Policy violations').toEqual([]);
});

async function ready(page: Page) {
  await page.goto('./');
  await expect(rows(page)).toHaveCount(5);
}

let dir = '';
test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-formats-'));
});
test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The file each event is saved as in the folder (the .zip holds tambov.pdf). */
async function writeFolder(root: string): Promise<Map<string, FixtureEvent>> {
  await mkdir(join(root, 'архивы'), { recursive: true });
  const where = new Map<string, FixtureEvent>();
  for (const e of EVENTS) {
    if (e.file === 'tambov.pdf') continue;
    let bytes: Buffer | string;
    if (e.file.endsWith('.txt')) bytes = eventText(e);
    else if (e.file.endsWith('.md'))
      bytes = eventText(e)
        .replace(/^РЕЗОЛЮЦИЯ$/m, '# РЕЗОЛЮЦИЯ')
        .replace(/^(\d)\. /gm, '$1. ');
    else if (e.file.endsWith('.html'))
      bytes = `<!doctype html><html><head><meta charset="utf-8"><title>Резолюция</title></head><body>${eventText(e)
        .split('\n')
        .map((l) => (l ? `<p>${l}</p>` : ''))
        .join('\n')}</body></html>`;
    else bytes = await fixture(e.file);
    await writeFile(join(root, e.file), bytes);
    where.set(e.file, e);
  }
  const tambov = EVENTS.find((e) => e.file === 'tambov.pdf')!;
  await writeFile(join(root, 'архивы', '2024.zip'), makeZip([{ name: 'Тамбов/tambov.pdf', data: await fixture('tambov.pdf') }]));
  where.set('архивы/2024.zip/Тамбов/tambov.pdf', tambov);
  await writeFile(join(root, 'обложка.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]));
  return where;
}

test('a folder with one file of each format: every event is read with its numbers, saved, and shown in the table', async ({ page }) => {
  const root = join(dir, 'Резолюции');
  const where = await writeFolder(root);
  await ready(page);
  await folderInput(page).setInputFiles(root);

  for (const [file, e] of where) {
    const item = fileResult(page, `Резолюции/${file}`);
    await expect(item, file).toHaveAttribute('data-status', 'ready');
    await expect(item, file).toContainText(e.city);
    await expect(item, file).toContainText(`всего участников: ${e.total}`);
  }
  // The picture is listed with its reason, not skipped; the archive's row became its file's.
  await expect(fileResult(page, 'Резолюции/обложка.jpg')).toHaveAttribute('data-status', 'failed');
  await expect(fileResult(page, 'Резолюции/обложка.jpg')).toContainText('Этот формат не поддерживается');
  await expect(fileResult(page, 'Резолюции/архивы/2024.zip')).toHaveCount(0);
  await expect(page.locator('[data-progress-text]')).toHaveText(`Обработано ${where.size + 1} из ${where.size + 1}`);

  // The preview of a PDF: the extracted text, with the facts highlighted in it.
  await fileResult(page, 'Резолюции/tomsk.pdf').getByRole('button', { name: 'Проверить' }).click();
  const preview = page.locator('[data-preview]');
  await expect(preview.getByLabel('Всего участников')).toHaveValue('86');
  await expect(preview.locator('mark[data-field~="participants.total"]')).toContainText('86');

  await confirmButton(page).click();
  await expect(page.locator('[data-save-result]')).toHaveText(`Сохранено документов: ${where.size}.`);
  await expect(rows(page)).toHaveCount(5 + where.size);
  for (const e of where.values()) {
    const row = rows(page).filter({ hasText: e.city });
    await expect(row, e.city).toHaveCount(1);
    await expect(row.locator('td').nth(4), e.city).toHaveText(String(e.total));
    await expect(row.locator('td').nth(5), e.city).toHaveText(String(e.recommendations.length));
  }
});

test('bad inputs from a real folder, each with its message; nothing of them is stored', async ({ page }) => {
  await ready(page);
  const tomsk = await fixture('tomsk.pdf');
  const bomb = makeZip(Array.from({ length: 64 }, (_, i) => ({ name: `доклад-${i}.txt`, raw: deflatedZeros(4.9), declaredSize: 1024 })));
  const unsafe = makeZip([{ name: '../../Автозагрузка/резолюция.txt', data: eventText(EVENTS[5]) }]);
  const html = `<html><body>${eventText(EVENTS[1])
    .split('\n')
    .map((l) => `<p>${l}</p>`)
    .join('')}</body></html>`;
  await filesInput(page).setInputFiles([
    { name: 'secret.pdf', mimeType: 'application/pdf', buffer: await fixture('secret.pdf') },
    { name: 'обрезан.pdf', mimeType: 'application/pdf', buffer: tomsk.subarray(0, tomsk.length >> 1) },
    { name: 'скан.pdf', mimeType: 'application/pdf', buffer: Buffer.from(makePdf([{ scan: true }, { scan: true }])) },
    { name: 'фото.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    { name: 'страница.doc', mimeType: 'application/msword', buffer: Buffer.from(html) },
    { name: 'бомба.zip', mimeType: 'application/zip', buffer: Buffer.from(bomb) },
    { name: 'путь.zip', mimeType: 'application/zip', buffer: Buffer.from(unsafe) },
  ]);
  await expect(fileResult(page, 'secret.pdf')).toContainText('PDF защищён паролем, и его текст не прочитать');
  await expect(fileResult(page, 'обрезан.pdf')).toContainText('PDF обрезан: файл скачан или скопирован не полностью');
  await expect(fileResult(page, 'скан.pdf')).toContainText('В PDF нет текста — это скан');
  await expect(fileResult(page, 'фото.pdf')).toContainText('Файл назван .pdf, но по содержимому это изображение PNG');
  await expect(fileResult(page, 'страница.doc')).toContainText('по содержимому это веб-страница (HTML), а не .doc');
  await expect(fileResult(page, 'страница.doc')).toHaveAttribute('data-status', 'ready');
  await expect(fileResult(page, 'бомба.zip')).toContainText('похоже на «zip-бомбу». Распаковка остановлена на пределе');
  await expect(fileResult(page, 'путь.zip/../../Автозагрузка/резолюция.txt')).toContainText('Небезопасный путь в архиве');
  await expect(page.locator('[data-import-summary]')).toHaveText('Готово к сохранению: 1. Уже есть: 0. Не приняты: 6. Сохранены: 0.');
  await expect(rows(page)).toHaveCount(5);
});

test('a 2 000-page PDF shows its pages as they are read, and "Остановить" ends it; the next file is read', async ({ page }) => {
  const lines = (n: number) =>
    typeset([`Приложение ${n}: ${'сведения об участниках секции, темы их выступлений и вопросы к докладчикам; '.repeat(8)}`], {
      x: 50,
      top: 800,
      width: 495,
      size: 9,
    });
  const pages: PdfPage[] = Array.from({ length: 2000 }, (_, i) => ({ texts: lines(i + 1) }));
  await ready(page);
  await filesInput(page).setInputFiles([
    { name: 'сборник.pdf', mimeType: 'application/pdf', buffer: Buffer.from(makePdf(pages)) },
    { name: 'следующий.pdf', mimeType: 'application/pdf', buffer: await fixture('tomsk.pdf') },
  ]);
  const item = fileResult(page, 'сборник.pdf');
  await expect(item).toContainText(/читается: страница [\d\s]+ из 2\s?000/);
  // The page answers while the worker reads.
  expect(
    await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t = performance.now();
          requestAnimationFrame(() => resolve(performance.now() - t));
        }),
    ),
  ).toBeLessThan(1000);
  await page.locator('[data-action="import-cancel"]').click();
  await expect(item).toHaveCount(0);
  await expect(fileResult(page, 'следующий.pdf')).toHaveCount(0);
  await expect(page.locator('[data-action="import-cancel"]')).toHaveCount(0);

  // A fresh worker reads the next file.
  await filesInput(page).setInputFiles({ name: 'следующий.pdf', mimeType: 'application/pdf', buffer: await fixture('tomsk.pdf') });
  await expect(fileResult(page, 'следующий.pdf')).toHaveAttribute('data-status', 'ready');
  await expect(fileResult(page, 'следующий.pdf')).toContainText('всего участников: 86');
});
