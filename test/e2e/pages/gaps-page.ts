import type { Locator, Page } from '@playwright/test';

/** The Data gaps tab: the summary counts, the filters and the indicator × period matrix. */
export class GapsPage {
  constructor(private readonly page: Page) {}

  summary(): Locator {
    return this.page.getByTestId('gaps-summary');
  }

  count(key: string): Locator {
    return this.summary().getByTestId(`gap-count-${key}`);
  }

  matrix(): Locator {
    return this.page.getByTestId('gaps-matrix');
  }

  periods(): Locator {
    return this.matrix().getByTestId('gaps-period');
  }

  rows(): Locator {
    return this.matrix().getByTestId('gaps-row');
  }

  row(code: string): Locator {
    return this.matrix().locator(`[data-testid="gaps-row"][data-indicator="${code}"]`);
  }

  onlyGaps(): Locator {
    return this.page.locator('.gaps-filters').getByRole('checkbox');
  }

  resultCount(): Locator {
    return this.page.getByTestId('gaps-count');
  }
}
