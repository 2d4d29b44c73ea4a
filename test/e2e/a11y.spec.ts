// axe-core on each view: the dashboard, an event's evidence view, the map and table, English.
// Fails on any serious or critical violation.
import { seriousViolations } from './axe';
import { expect, test } from '@playwright/test';

test.describe('accessibility (axe-core)', () => {
  test('dashboard', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('[data-event-id]')).toHaveCount(5);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('dashboard with filters, in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./?from=2015&theme=quality');
    await expect(page.locator('[data-figure="events"]')).toHaveText('2');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('evidence view of an event', async ({ page }) => {
    await page.goto('./');
    await page.locator('[data-event-id]').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    // Also: landmarks are told apart by their names (the source text was once two regions of one name),
    // and the page has one banner.
    expect(await seriousViolations(page, { always: ['landmark-unique', 'landmark-no-duplicate-banner'] })).toEqual([]);
  });

  test('map and its place table', async ({ page }) => {
    await page.goto('./?from=2016&to=2016');
    await expect(page.locator('[data-place-row]').first()).toBeAttached();
    await page.locator('#map').scrollIntoViewIfNeeded();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('English interface', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resolutions of library conferences');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
