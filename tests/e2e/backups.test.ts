import { describe, expect, it } from 'vitest';
import { e2eSuite } from './support/suite';
import { screenshot } from './support/app-session';
import { apiCall } from './support/http-api';
import { BackupsPage, ChangeLogPage } from './pages/backups-page';
import { ShellPage } from './pages/shell-page';

/** Polls wait long enough for a loaded machine (a restore copies and reopens the file). */
const WAIT = { timeout: 30_000 };
const suite = e2eSuite();

describe('backups and the change log (browser mode)', () => {
  it(
    'backs up, a change is made, the backup is verified and restored: the change is gone; the chain is intact',
    { timeout: 180_000 },
    async () => {
      const app = await suite.open();
      const shell = new ShellPage(app.page);
      await shell.goTo('backups');
      const backups = new BackupsPage(app.page);
      await backups.createButton().click();
      await backups.table().waitFor();
      await expect.poll(() => backups.notice().textContent(), WAIT).toContain('已备份');
      const name = await backups.rows().first().getAttribute('data-name');
      expect(name).toMatch(/_manual\.ledger$/);

      // something changes after the backup
      await apiCall(app, 'groups.create', { name: '备份之后的小组' });
      const names = async () => (await apiCall(app!, 'groups.list', {})).map((g) => g.name);
      expect(await names()).toContain('备份之后的小组');

      await backups.row(name!).getByTestId('backup-restore').click();
      await expect.poll(() => backups.verification().textContent(), WAIT).toContain('校验通过');
      await screenshot(app.page, 'backups-verified');
      await backups.confirmRestore().click();
      await expect.poll(() => backups.notice().textContent(), WAIT).toContain('已恢复备份');
      // the state before the restore was kept as a copy
      await expect.poll(() => backups.page.getByRole('cell', { name: '恢复前' }).count(), WAIT).toBeGreaterThan(0);
      expect(await names()).not.toContain('备份之后的小组');
      await screenshot(app.page, 'backups-restored');

      await shell.goTo('changelog');
      const log = new ChangeLogPage(app.page);
      await log.table().waitFor();
      await expect.poll(() => log.chain().textContent(), WAIT).toContain('哈希链完整');
      expect(await log.rows().count()).toBeGreaterThan(0);
      expect(await log.table().textContent()).not.toContain('备份之后的小组');
      await log.filter('method').selectOption('ledgers.create');
      // filtered by action: only that action's rows remain
      await expect
        .poll(async () => (await log.rows().allTextContents()).every((r) => r.includes('ledgers.create')), WAIT)
        .toBe(true);
      expect(await log.rows().count()).toBeGreaterThan(0);
      await screenshot(app.page, 'changelog');
      expect(app.problems.errors).toEqual([]);
    },
  );
});
