import type { Download, Locator, Page } from 'playwright-core';

/**
 * 导入数据: kind, file, the preview (file info, mapping, first rows, bad rows, duplicates), confirm, history.
 * `prefix` is "import" on the import page and "bank-import" for the statement import inline on the bank page.
 */
export class ImportPage {
  constructor(
    readonly page: Page,
    readonly prefix = 'import',
  ) {}

  private readonly id = (s: string) => this.page.getByTestId(`${this.prefix}-${s}`);
  readonly root = () => this.page.getByTestId('import-page');
  readonly kind = () => this.id('kind');
  readonly fileInput = () => this.id('file');
  readonly fileInfo = () => this.id('fileinfo');
  readonly problems = () => this.id('problems');
  readonly notes = () => this.id('notes');
  readonly mapping = () => this.id('mapping');
  readonly mapSelect = (field: string) => this.id(`map-${field}`);
  readonly saveMapping = () => this.id('save-mapping');
  readonly chartMapping = () => this.id('chart-mapping');
  readonly previewGrid = () => this.id('preview-grid');
  readonly badRows = () => this.id('bad-rows');
  readonly duplicates = () => this.id('duplicates');
  readonly totals = () => this.id('totals');
  readonly cannot = () => this.id('cannot');
  readonly commitButton = () => this.id('commit');
  readonly notice = () => this.id('notice');
  readonly option = (key: string) => this.id(`opt-${key}`);
  readonly history = () => this.page.getByTestId('import-history');

  /** Choose a file (a path, or a name and bytes) and wait until its preview is on screen. */
  async upload(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.fileInput().setInputFiles(file);
    const name = typeof file === 'string' ? file.split('/').pop()! : file.name;
    await this.fileInfo().filter({ hasText: name }).waitFor();
  }

  /** Rows of a table as arrays of cell texts. */
  async rows(table: Locator): Promise<string[][]> {
    return table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
  }

  /** Confirm the import and wait for its "imported" notice; returns the notice text. */
  async commit(): Promise<string> {
    await this.commitButton().click();
    const notice = this.notice();
    await notice.filter({ hasText: /已导入|imported/ }).waitFor({ timeout: 60_000 });
    return (await notice.textContent()) ?? '';
  }

  async template(format: 'xlsx' | 'csv'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.id(`template-${format}`).click()]);
    return download;
  }
}
