// `npm run --silent bench -- --json`: builds the app, serves it on 127.0.0.1, drives headless Chromium
// and prints one JSON object of figures (milliseconds, kilobytes, megabytes). Not a test: it prints.
//
//   firstChartMsCold     navigation start → first chart drawn, empty IndexedDB
//   firstChartMsWarm     the same on a reload (database already seeded)
//   filterMsSeeds        a year-range change → next paint, median of 20, on the five seeds
//   filterMs10k          the same with 10 000 resolutions / 100 000 recommendations in the store
//   searchMs10k          a search change → the worker's answer painted, at 10 000, median of 20
//   searchIndexMs10k     the same for the first search at 10 000, which builds the index in the worker
//   searchLongestTaskMs10k  the longest main-thread task meanwhile (the page stays usable while the index builds)
//   importMsPer100       100 texts picked in the import panel → all parsed by the worker
//   initialJsKBgz        gzip size of the JavaScript loaded before the first chart
//   heapMB10k            JS heap of the page after garbage collection with 10 000 resolutions loaded
//   searchWorkerHeapMB10k  the same for the search worker, which holds the index over the 10 000 texts
//   staticPaintMs        first contentful paint of a plain HTML page with the same key figures (the floor)
//   baselineFilterMs10k  the same year-range filter by crossfilter2 over the same 100 000 rows, no paint

import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM } from './chromium';
import crossfilter from 'crossfilter2';
import { generateCorpus } from './corpus';

declare global {
  interface Window {
    __longest?: number;
  }
}

const PORT = Number(process.env.BENCH_PORT ?? 4300);
const OUT = '/tmp/bench-dist';
const BASE = `http://127.0.0.1:${PORT}/`;
const N = 10_000;
const RECS = 10;
const RUNS = 20;
const json = process.argv.includes('--json');
const log = (s: string) => json || console.error(s);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} → ${code}`))));
  });
}

async function serve() {
  const p = spawn('npx', ['vite', 'preview', '--outDir', OUT, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return p;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

/** Time from a search change until the search worker has answered (the "searching" note is gone) and
 * the answer is painted. */
async function timeAnswer(page: Page, change: string): Promise<number> {
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 2000 })));
  return page.evaluate(async (code) => {
    const t0 = performance.now();
    new Function(code)();
    await Promise.resolve(); // the page's own update runs first, and shows the note
    while (document.querySelector('[data-searching]')) await new Promise((r) => setTimeout(r, 1));
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, change);
}

/** Time from a change to the frame after it is painted, measured inside the page. */
async function timeChange(page: Page, change: string): Promise<number> {
  // Start from a settled page: the map and long lists of the previous change follow it a frame later.
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 2000 })));
  return page.evaluate(async (code) => {
    const t0 = performance.now();
    new Function(code)();
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, change);
}

const setYear = (value: string) => `
  const input = document.querySelector('input[name="from"]');
  input.value = '${value}';
  input.dispatchEvent(new Event('change', { bubbles: true }));`;

const setQuery = (value: string) => `
  history.pushState(null, '', '?q=' + encodeURIComponent('${value}'));
  dispatchEvent(new PopStateEvent('popstate'));`;

async function firstChart(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0, null, { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('first-chart')[0].startTime);
}

function baselineCrossfilter(): number {
  const rows = Array.from({ length: N * RECS }, (_, i) => ({ year: 2005 + (Math.floor(i / RECS) % 20), theme: i % 13 }));
  const cf = crossfilter(rows);
  const byYear = cf.dimension((r) => r.year);
  const all = cf.groupAll();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    byYear.filterRange([2005 + (i % 10), 2025]);
    all.value();
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function main() {
  log('building (mode bench)…');
  await run('npx', ['vite', 'build', '--mode', 'bench', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'error']);
  const server = await serve();
  const browser = await chromium.launch({ ...CHROMIUM, args: [...CHROMIUM.args, '--js-flags=--expose-gc'] });
  const figures: Record<string, number | null> = {};
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU', serviceWorkers: 'block' });
    const page = await context.newPage();

    // Cold: a new context has an empty IndexedDB. Count the scripts that finished loading before the
    // first chart (by the page's own resource timing), at their gzip -9 size.
    const bodies = new Map<string, Buffer>();
    page.on('response', async (r) => {
      if (r.url().endsWith('.js')) bodies.set(r.url(), await r.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(BASE);
    figures.firstChartMsCold = round(await firstChart(page));
    const early = await page.evaluate(() => {
      const mark = performance.getEntriesByName('first-chart')[0].startTime;
      return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.name.endsWith('.js') && e.responseEnd <= mark)
        .map((e) => e.name);
    });
    await page.waitForLoadState('networkidle');
    figures.initialJsKBgz = round(
      early.reduce((s, url) => s + gzipSync(bodies.get(url) ?? Buffer.alloc(0), { level: 9 }).length, 0) / 1024,
    );

    await page.reload();
    figures.firstChartMsWarm = round(await firstChart(page));

    const seedTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) seedTimes.push(await timeChange(page, setYear(i % 2 ? '2015' : '2020')));
    figures.filterMsSeeds = round(median(seedTimes));

    // Import: 100 generated texts through the file input and the worker.
    figures.importMsPer100 = await importHundred(page);

    // 10 000 resolutions and 100 000 recommendations, through the app's own store.
    log('loading 10 000 resolutions…');
    await page.goto(BASE);
    await firstChart(page);
    await page.evaluate(([n, recs]) => window.__bench!.loadSynthetic(n, recs), [N, RECS] as const);
    await page.waitForFunction(
      (n) => document.querySelector('[data-figure="events"]')?.textContent?.replace(/\D/g, '') === String(n),
      N + 5,
      { timeout: 120_000 },
    );
    const tenK: number[] = [];
    for (let i = 0; i < RUNS; i++) tenK.push(await timeChange(page, setYear(String(2005 + (i % 10)))));
    figures.filterMs10k = round(median(tenK));
    // The first query starts the search worker, which builds the index over all 10 000 texts.
    await timeChange(page, setQuery(''));
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest!, e.duration);
      }).observe({ type: 'longtask' });
    });
    figures.searchIndexMs10k = round(await timeAnswer(page, setQuery('конференция')));
    figures.searchLongestTaskMs10k = round(await page.evaluate(() => window.__longest!));
    const queries = ['менеджмент качества', 'кемеровская область', 'онлайн', 'стандарт', 'библиотека'];
    const searchTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) searchTimes.push(await timeAnswer(page, setQuery(queries[i % queries.length])));
    figures.searchMs10k = round(median(searchTimes));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    figures.heapMB10k = round(heap.usedSize / 1024 / 1024);
    figures.searchWorkerHeapMB10k = round((await workerHeap(cdp, 'search')) / 1024 / 1024);

    // The floor: a plain HTML page with the same key figures and no script.
    const staticPage = await context.newPage();
    await staticPage.route(`${BASE}static-figures.html`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: STATIC_FIGURES }),
    );
    await staticPage.goto(`${BASE}static-figures.html`);
    await staticPage.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    figures.staticPaintMs = round(await staticPage.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime));
  } finally {
    await browser.close();
    process.kill(-server.pid!);
  }
  figures.baselineFilterMs10k = round(baselineCrossfilter());
  figures.cores = (await import('node:os')).cpus().length;
  console.log(json ? JSON.stringify(figures) : figures);
}

/** The JS heap of the page's worker whose script name contains `name`, after garbage collection (bytes). */
async function workerHeap(cdp: CDPSession, name: string): Promise<number> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const target = targetInfos.find((t) => t.type === 'worker' && t.url.includes(name));
  if (!target) return NaN;
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let id = 0;
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve) => {
      const mine = ++id;
      const listen = (e: { sessionId: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result: Record<string, number> };
        if (e.sessionId !== sessionId || m.id !== mine) return;
        cdp.off('Target.receivedMessageFromTarget', listen);
        resolve(m.result);
      };
      cdp.on('Target.receivedMessageFromTarget', listen);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: mine, method }) });
    });
  await call('HeapProfiler.collectGarbage');
  return (await call('Runtime.getHeapUsage')).usedSize;
}

/** Picks 100 generated texts in the import panel and waits until the worker has parsed them all. */
async function importHundred(page: Page): Promise<number | null> {
  const input = page.locator('input[type=file][data-action="import"]');
  if ((await input.count()) === 0) return null;
  const files = generateCorpus(100, 7).map((text, i) => ({ name: `bench-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) }));
  const t0 = Date.now();
  await input.setInputFiles(files);
  // Done when no file is still waiting for the worker (each result row carries its status).
  await page.waitForFunction(
    (n) => {
      const rows = [...document.querySelectorAll('[data-file][data-status]')];
      return rows.length >= n && rows.every((r) => !['waiting', 'reading', 'parsing'].includes(r.getAttribute('data-status')!));
    },
    files.length,
    { timeout: 120_000, polling: 50 },
  );
  return Date.now() - t0;
}

const STATIC_FIGURES = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Резолюции</title>
<style>body{font-family:system-ui,sans-serif;margin:18px}div{display:inline-block;border:1px solid #ccc;border-radius:8px;padding:10px;margin:4px}strong{display:block;font-size:1.7rem}</style>
</head><body><h1>Резолюции библиотечных конференций</h1>
<div>Событий<strong>5</strong></div><div>Участников<strong>1 789</strong></div><div>Онлайн<strong>1 458</strong></div>
<div>Очно<strong>73</strong></div><div>Докладов<strong>69</strong></div><div>Мест<strong>48</strong></div></body></html>`;

await main();
