// axe-core as the browser tests use it: the serious and critical violations on the page as it is (or in
// the parts named), each as "rule: help — up to three elements".
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export interface AxeScope {
  /** Selectors of the parts to check (default: the whole page). A part is much cheaper than the page. */
  include?: string[];
  /** Rules reported whatever their impact. */
  always?: string[];
}

export async function seriousViolations(page: Page, { include = [], always = [] }: AxeScope = {}): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  for (const selector of include) axe.include(selector);
  const { violations } = await axe.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || always.includes(v.id))
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}
