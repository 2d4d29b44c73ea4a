import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
const root = '/tmp/dist-e2e-4391';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };
const server = createServer(async (req, res) => {
  let p = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  try { if ((await stat(p)).isDirectory()) p = join(p, 'index.html'); res.writeHead(200, { 'Content-Type': types[extname(p)] ?? 'application/octet-stream' }); res.end(await readFile(p)); }
  catch { res.writeHead(404); res.end(); }
}).listen(4399, '127.0.0.1');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [w, h, scheme] = process.argv.slice(2);
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, locale: 'ru-RU', colorScheme: scheme ?? 'light' });
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:4399/');
await page.locator('[data-event-id]').first().waitFor();
const seedText = await readFile('/work/main/data/resolutions/000_2d0feedcc0a88539.txt', 'utf8');
await page.locator('input[data-action="import"]').setInputFiles([
  { name: 'резолюция-2022.txt', mimeType: 'text/plain', buffer: Buffer.from(seedText.replace('10 ноября 2021 года', '10 ноября 2022 года')) },
  { name: 'пустой.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  { name: 'рецепт.txt', mimeType: 'text/plain', buffer: Buffer.from('Рецепт борща') },
]);
await page.locator('[data-preview] mark').first().waitFor();
const panel = page.locator('[data-import-panel]');
const box = await panel.boundingBox();
let i = 0;
for (let y = box.y; y < box.y + box.height; y += +h - 40) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.waitForTimeout(100);
  await page.screenshot({ path: `/tmp/shots/${w}-${scheme ?? 'light'}-${i++}.png` });
}
await page.locator('[data-import-panel] [data-action="import-confirm"]').click();
await page.waitForTimeout(300);
await page.locator('[data-event-id]').first().click();
await page.locator('[data-action="edit"]').click();
await page.waitForTimeout(400);
await page.screenshot({ path: `/tmp/shots/${w}-${scheme ?? 'light'}-edit.png` });
await page.keyboard.press('Escape');
await page.locator('[data-action="delete"]').click();
await page.waitForTimeout(200);
await page.screenshot({ path: `/tmp/shots/${w}-${scheme ?? 'light'}-toast.png` });
await browser.close(); server.close();
console.log('shots', i);
