import { describe, expect, it } from 'vitest';
import { e2eSuite } from './support/suite';
import { screenshot } from './support/app-session';
import { apiCall } from './support/http-api';
import { AccountsPage } from './pages/accounts-page';
import { ShellPage } from './pages/shell-page';

const suite = e2eSuite();

async function start() {
  const app = await suite.open();
  await new ShellPage(app.page).goTo('accounts');
  const accounts = new AccountsPage(app.page);
  await accounts.row('101').waitFor();
  return { accounts, session: app };
}

describe('chart of accounts (browser mode)', () => {
  it('shows the 2021 chart with codes and names, and the rules on what may change', async () => {
    const { accounts, session } = await start();
    expect(await accounts.chartNote().textContent()).toContain('财会〔2021〕7号');
    expect(await accounts.cell('101', 'name')).toBe('库存现金');
    expect(await accounts.cell('101', 'origin')).toBe('制度规定');
    await accounts.search().fill('50105');
    expect(await accounts.cell('50105', 'name')).toBe('会员活动支出');
    await accounts.search().fill('');
    const all = await apiCall(session, 'accounts.list', {});
    expect(await accounts.count().textContent()).toBe(`共 ${all.length} 个科目`);
    // a prescribed account: no rename, no disabling
    await accounts.select('101');
    expect(await accounts.rename().isEnabled()).toBe(false);
    expect(await accounts.toggle().isEnabled()).toBe(false);
    // the 2009 mapping is there to read
    await session.page.getByTestId('accounts-tab-map2009').click();
    await accounts.mapGrid().locator('.ag-grid-scrolling-rows .ag-row').first().waitFor();
    const map = await apiCall(session, 'accounts.map2009', {});
    expect(map.length).toBeGreaterThan(20);
    await screenshot(session.page, 'accounts-map2009');
  });

  it('enables an optional account, adds and renames a sub-account below it, refuses a duplicate', async () => {
    const { accounts, session } = await start();
    await accounts.select('151');
    expect(await accounts.cell('151', 'enabled')).toBe('未启用');
    await accounts.toggle().click();
    await session.page.waitForFunction(
      () =>
        document.querySelector('[row-id="151"] [col-id="enabled"]')?.textContent?.includes('启用') &&
        !document.querySelector('[row-id="151"] [col-id="enabled"]')?.textContent?.includes('未'),
    );
    await accounts.addSub().click();
    await accounts.fillForm({ suffix: '01', name: '股权投资' });
    await accounts.form().waitFor({ state: 'detached' });
    expect(await accounts.notice().textContent()).toBe('已保存科目 15101 股权投资');
    await accounts.search().fill('151');
    await accounts.row('15101').waitFor();
    expect(await accounts.cell('15101', 'origin')).toBe('本单位增设');
    await screenshot(session.page, 'accounts-added');

    // the same suffix again is refused under its field, nothing written
    await accounts.select('151');
    await accounts.addSub().click();
    await accounts.fillForm({ suffix: '01', name: '重复' });
    expect(await session.page.getByTestId('account-form-error-suffix').textContent()).toContain('15101 已存在');
    await session.page.getByTestId('account-form-cancel').click();

    // a locally added account can be renamed
    await accounts.select('15101');
    await accounts.rename().click();
    await accounts.fillForm({ name: '对外股权投资' });
    await accounts.form().waitFor({ state: 'detached' });
    const stored = (await apiCall(session, 'accounts.list', {})).filter((a) => a.code.startsWith('151'));
    expect(stored.map((a) => [a.code, a.name, a.enabled, a.origin])).toEqual([
      ['151', '投资', true, 'optional'],
      ['15101', '对外股权投资', true, 'local'],
    ]);
    expect((await apiCall(session, 'changeLog.verify', {})).ok).toBe(true);
  });
});
