import type { Locator, Page } from '@playwright/test';

/** The Charts tab of the migration profile: an indicator picker, its time series and its breakdowns. */
export class ChartsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Charts' }).click();
  }

  picker(): Locator {
    return this.page.getByTestId('indicator-picker');
  }

  async pick(indicatorName: string): Promise<void> {
    await this.picker().selectOption({ label: indicatorName });
  }

  indicator(): Locator {
    return this.page.getByTestId('charts-indicator');
  }

  series(): Locator {
    return this.page.getByTestId('series-card');
  }

  seriesBars(): Locator {
    return this.series().locator('.recharts-bar-rectangle');
  }

  /** The tick of a period on the time axis, by its text as shown. */
  periodTick(label: string): Locator {
    return this.series().locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value', { hasText: label });
  }

  /** The numbers of the value axis (Recharts draws tick labels in a layer of their own). */
  valueAxis(): Locator {
    return this.series().locator('.recharts-yAxis-tick-labels');
  }

  seriesRows(): Locator {
    return this.series().getByTestId('series-row');
  }

  breakdown(dimension: 'sex' | 'age' | 'status' | 'origin' | 'area'): Locator {
    return this.page.getByTestId(`breakdown-${dimension}`);
  }

  /** The chart / table switch of a chart card, whatever the language. */
  toggle(card: Locator): Locator {
    return card.locator('.chart-card__toggle');
  }

  tooltip(): Locator {
    return this.page.locator('.chart-tooltip');
  }
}
