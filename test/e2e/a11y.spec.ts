// axe-core on each view: the dashboard, an event's evidence view, the map and table, English.
// Fails on any serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function serious(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

test.describe('accessibility (axe-core)', () => {
  test('dashboard', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('[data-event-id]')).toHaveCount(5);
    expect(await serious(page)).toEqual([]);
  });

  test('dashboard with filters, in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./?from=2015&theme=quality');
    await expect(page.locator('[data-figure="events"]')).toHaveText('2');
    expect(await serious(page)).toEqual([]);
  });

  test('evidence view of an event', async ({ page }) => {
    await page.goto('./');
    await page.locator('[data-event-id]').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await serious(page)).toEqual([]);
    // Landmarks are told apart by their names (the source text was once two regions of one name).
    const { violations } = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
    expect(violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  });

  test('map and its place table', async ({ page }) => {
    await page.goto('./?from=2016&to=2016');
    await expect(page.locator('[data-place-row]').first()).toBeAttached();
    await page.locator('#map').scrollIntoViewIfNeeded();
    expect(await serious(page)).toEqual([]);
  });

  test('English interface', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resolutions of library conferences');
    expect(await serious(page)).toEqual([]);
  });
});
