// The map in Chromium, with no network: the place filter both ways, the layers, the table contract
// (one [data-place-row] per place drawn), and screenshots at a laptop's and a phone's width.
import { expect, test, type Page } from '@playwright/test';

const KEMEROVO_2009 = 'r-670267eb0bba9e52';
const KEMEROVO_2015 = 'r-8a0a6286d0a0b870';

const mapEl = (page: Page) => page.locator('#map [data-bounds]');
const rows = (page: Page) => page.locator('[data-place-row]');

/** Waits until Leaflet has drawn and fitted the view (data-bounds is set after each move). */
async function mapReady(page: Page) {
  await expect(mapEl(page)).toHaveAttribute('data-bounds', /^-?\d/);
  await expect(page.locator('#map canvas').first()).toBeVisible();
}

/** The pixel inside the map element where (lat, lon) is drawn, from the view's bounds (Web Mercator). */
async function pixelOf(page: Page, lat: number, lon: number) {
  const [s, w, n, e] = (await mapEl(page).getAttribute('data-bounds'))!.split(',').map(Number);
  const box = (await mapEl(page).boundingBox())!;
  const y = (deg: number) => Math.log(Math.tan(Math.PI / 4 + (deg * Math.PI) / 360));
  return { x: ((lon - w) / (e - w)) * box.width, y: ((y(n) - y(lat)) / (y(n) - y(s))) * box.height };
}

test('?place=RU-KEM shows exactly the 2009 and 2015 events, and the map only their places', async ({ page }) => {
  await page.goto('./?place=RU-KEM');
  await expect(page.locator('[data-event-id]')).toHaveCount(2);
  const ids = await page.locator('[data-event-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')).sort());
  expect(ids).toEqual([KEMEROVO_2009, KEMEROVO_2015].sort());
  await mapReady(page);
  // 2009: host Анжеро-Судженск; 2015: host Кемерово, origins Кемеровская область, Новосибирская область,
  // Кемерово, Челябинск — mentioned places stay off: 5 distinct places.
  await expect(rows(page)).toHaveCount(5);
  await expect(page.locator('[data-place-row][data-place="RU-KEM"] button')).toHaveAttribute('aria-pressed', 'true');
});

test('2016 draws 29 origin places; mentioned places are a layer of their own, off by default', async ({ page }) => {
  await page.goto('./?from=2016&to=2016');
  await mapReady(page);
  await expect(page.locator('[data-place-row][data-role~="origin"]')).toHaveCount(29);
  // Санкт-Петербург is both host and origin: still one row.
  await expect(rows(page)).toHaveCount(29);
  await expect(page.locator('[data-place-row][data-role="host origin"] th')).toContainText('Санкт-Петербург');

  await page.goto('./?from=2009&to=2009');
  await mapReady(page);
  const mentioned = page.getByRole('checkbox', { name: 'Только упомянуты в решениях' });
  await expect(mentioned).not.toBeChecked();
  await expect(rows(page)).toHaveCount(1); // the host, Анжеро-Судженск
  await mentioned.check();
  await expect(rows(page)).toHaveCount(13);
  await expect(page.locator('[data-place-row][data-role~="mentioned"]')).toHaveCount(12);
  await page.getByRole('checkbox', { name: 'Места проведения' }).uncheck();
  await expect(rows(page)).toHaveCount(12);
});

test("a row's button and a click on a region filter every view through the URL", async ({ page }) => {
  await page.goto('./?from=2016&to=2016');
  await mapReady(page);
  await page.getByRole('button', { name: 'Показать события, где названо место: Магадан' }).click();
  await expect(page).toHaveURL(/[?&]place=%D0%9C%D0%B0%D0%B3%D0%B0%D0%B4%D0%B0%D0%BD(&|$)/);
  await expect(page.locator('[data-event-id]')).toHaveCount(1);

  await page.goto('./');
  await mapReady(page);
  await expect(page.locator('[data-event-id]')).toHaveCount(5);
  // Inner Yakutia: no event names a place there, so the click lands on the region itself.
  const at = await pixelOf(page, 66, 118);
  await mapEl(page).click({ position: at });
  await expect(page).toHaveURL(/[?&]place=RU-SA(&|$)/);
  await expect(page.locator('[data-event-id]')).toHaveCount(2);
  await mapReady(page);
  await expect(page.locator('[data-place-row][data-place="RU-SA"]')).toHaveCount(1);
});

test('a tooltip names the place and lists its events', async ({ page }) => {
  await page.goto('./?from=2016&to=2016');
  await mapReady(page);
  const at = await pixelOf(page, 59.564, 150.803); // Магадан
  await mapEl(page).hover({ position: at });
  const tip = page.locator('#map .leaflet-tooltip');
  await expect(tip).toContainText('Магадан');
  await expect(tip).toContainText('Магаданская область');
  await expect(tip).toContainText('2016 — ');
  await expect(tip).toContainText('Методическая служба');
  await page.locator('#map').screenshot({ path: 'test-results/map-tooltip-1366.png' });
});

test('the far east stays whole east of Kamchatka, and the map credits its data', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const [, w, , e] = (await mapEl(page).getAttribute('data-bounds'))!.split(',').map(Number);
  // Leaflet keeps longitudes past 180°: the view runs on east of Kamchatka (158°) without wrapping.
  expect(w).toBeLessThan(40);
  expect(e).toBeGreaterThan(158);
  await expect(page.locator('#map .leaflet-control-attribution')).toContainText('GeoNames (CC-BY 4.0), Natural Earth');
  await expect(page.locator('#map .leaflet-control-zoom-in')).toHaveAttribute('title', 'Приблизить');
  // The English switch reaches the map's own controls without a reload.
  await page.locator('[data-action="lang"]').click();
  await expect(page.locator('#map .leaflet-control-zoom-in')).toHaveAttribute('title', 'Zoom in');
  await expect(page.locator('#map .leaflet-control-zoom-in')).toHaveCount(1);
});

test('map screenshots at 1366×768 and 375×812', async ({ page }) => {
  for (const [width, height] of [
    [1366, 768],
    [375, 812],
  ]) {
    await page.setViewportSize({ width, height });
    for (const [name, query] of [
      ['all', './'],
      ['2016', './?from=2016&to=2016'],
    ]) {
      await page.goto(query);
      await mapReady(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      await page.locator('#map').scrollIntoViewIfNeeded();
      await page.locator('#map').screenshot({ path: `test-results/map-${name}-${width}.png` });
    }
  }
  // Approximate positions (dashed) among the 2009 council's mentioned places, and dark mode.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?from=2009&to=2009');
  await mapReady(page);
  await page.getByRole('checkbox', { name: 'Только упомянуты в решениях' }).check();
  await page.locator('#map').screenshot({ path: 'test-results/map-2009-mentioned-1366.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await mapReady(page);
  await page.locator('#map').screenshot({ path: 'test-results/map-all-dark-1366.png' });
});
