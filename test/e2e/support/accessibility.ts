import { test as base, expect } from '@playwright/test';
import { AccessibilityAudit, attachFindings, describeFindings } from './accessibility-audit';

export type { AccessibilityAudit } from './accessibility-audit';

/**
 * Every test's page is checked with axe-core on each screen it shows, in whatever language it shows
 * it; a serious or critical finding fails the test, named by rule, element and screen.
 */
export const test = base.extend<{ accessibility: AccessibilityAudit }>({
  accessibility: [
    async ({ page }, use, testInfo) => {
      const audit = new AccessibilityAudit(page);
      await audit.watch();
      await use(audit);
      await audit.finish();
      await attachFindings(testInfo, audit.findings);
      expect(describeFindings(audit.findings), 'serious or critical accessibility findings (axe-core)').toEqual([]);
    },
    { auto: true },
  ],
});
