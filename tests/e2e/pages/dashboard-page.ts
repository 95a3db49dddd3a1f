import type { Page } from 'playwright-core';

/** 首页: the KPI tiles, the four charts (each opens its report), the year stepper and print. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  readonly root = () => this.page.getByTestId('dashboard-page');
  readonly tiles = () => this.page.getByTestId('dashboard-tiles');
  readonly tile = (id: string) => this.page.getByTestId(`dash-tile-${id}`);
  readonly tileValue = (id: string) => this.page.getByTestId(`dash-tile-${id}-value`);
  readonly tileSub = (id: string) => this.page.getByTestId(`dash-tile-${id}-sub`);
  readonly chart = (id: string) => this.page.getByTestId(`dash-chart-${id}`);
  /** The drawing itself (an SVG by ECharts). */
  readonly chartSvg = (id: string) => this.page.getByTestId(`dash-chart-${id}-body`).locator('svg').first();
  readonly yearInput = () => this.page.getByTestId('dashboard-year');
  readonly nextYear = () => this.page.getByTestId('dashboard-year-next');
  readonly prevYear = () => this.page.getByTestId('dashboard-year-prev');

  /** Wait until the tiles show the figures of `year`. */
  async waitForYear(year: number): Promise<void> {
    await this.page.locator(`[data-testid="dashboard-tiles"][data-year="${year}"]`).waitFor();
  }

  async tileText(id: string): Promise<string> {
    return (await this.tileValue(id).textContent()) ?? '';
  }

  /** Click in the middle of a chart's drawing. */
  async clickChart(id: string): Promise<void> {
    await this.chartSvg(id).waitFor();
    await this.page.getByTestId(`dash-chart-${id}-body`).click();
  }
}
