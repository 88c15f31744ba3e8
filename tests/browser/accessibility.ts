import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe-core (every rule it enables by default: WCAG 2.x A/AA and best practices) on the page as it
 * stands and fails on any serious or critical violation, naming the rule, its help text and the elements.
 * Call it once the page's own content is on screen (after its heading is visible), not while it loads.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''));
  const report = blocking.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.help}\n` +
      violation.nodes
        .map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replaceAll('\n', '\n      ')}`)
        .join('\n'),
  );
  expect(report, `axe found serious or critical problems on ${new URL(page.url()).pathname}`).toEqual([]);
}
