import { describe, expect, it } from 'vitest';
import { e2eSuite } from './support/suite';
import { screenshot, type AppSession } from './support/app-session';
import { MembersPage } from './pages/members-page';
import { ShellPage } from './pages/shell-page';

const suite = e2eSuite();

async function start(): Promise<{ members: MembersPage; shell: ShellPage; session: AppSession }> {
  const app = await suite.open();
  const shell = new ShellPage(app.page);
  await shell.goTo('members'); // the app opens on the dashboard
  const members = new MembersPage(app.page);
  await members.waitForRows();
  return { members, shell, session: app };
}

describe('member roster (browser mode, demo ledger)', () => {
  it('opens the demo ledger with 300 members; sorting and a money filter run on the server', async () => {
    const { members, shell, session } = await start();
    await expect.poll(() => shell.ledgerName().textContent()).toContain('工会');
    expect(await shell.ledgerName().textContent()).not.toContain('未打开');
    await members.waitForTotal(300);
    await screenshot(session.page, 'members-zh-full');
    expect(await members.cellText(0, 'memberNo')).toBe('GH0001');
    // the token moved from the address bar into sessionStorage
    expect(session.page.url()).not.toContain('#t=');

    await members.sortBy('memberNo'); // ascending (same as the default order)
    await members.sortBy('memberNo'); // descending
    await expect.poll(() => members.cellText(0, 'memberNo')).toBe('GH0300');

    await members.sortBy('duesBaseCents'); // ascending dues base
    await expect.poll(() => members.cellText(0, 'memberNo')).toMatch(/^GH(?!0300)\d{4}$/);
    await expect.poll(() => members.cellText(1, 'duesBaseCents')).not.toBe('');
    const low = await members.cellText(0, 'duesBaseCents');
    const next = await members.cellText(1, 'duesBaseCents');
    expect(yuan(low)).toBeLessThanOrEqual(yuan(next));
    expect(low).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);

    // an amount typed in yuan ("8700.5") becomes fromCents on the server, converted with decimal.js
    const amount = low.replace(/,/g, '');
    await members.filterColumn('duesBaseCents', amount);
    await expect.poll(() => members.total()).toBeLessThan(300);
    const n = (await members.total())!;
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < Math.min(n, 5); i++) expect(await members.cellText(i, 'duesBaseCents')).toBe(low);

    // a date filter typed as yyyy-mm-dd becomes dateFrom on the server
    await members.clearColumnFilter('duesBaseCents');
    await members.waitForTotal(300);
    const joined = await members.cellText(0, 'joinDate');
    await members.filterColumn('joinDate', joined);
    await expect.poll(() => members.total()).toBeLessThan(300);
    expect(await members.total()).toBeGreaterThan(0);
    for (let i = 0; i < Math.min((await members.total())!, 5); i++)
      expect(await members.cellText(i, 'joinDate')).toBe(joined);

    await screenshot(session.page, 'members-zh');
    expect(session.problems.errors).toEqual([]);
  });

  it('adds a member through the form, survives a reload, and edits it with the keyboard', async () => {
    const { members, session } = await start();
    await members.waitForTotal(300);
    const form = await members.openAdd();
    await form.fill({
      memberNo: 'E2E-001',
      name: '测试会员',
      gender: 'F',
      groupIndex: 1,
      joinDate: '2024-03-01',
      duesBase: '8888.88',
      phone: '13800000000',
    });
    await form.save();
    await form.waitClosed();
    await members.waitForTotal(301);
    // the saved member is visible without searching (in place, or pinned on top)
    await members.rowByMemberNo('E2E-001').first().waitFor();
    await expect.poll(() => members.notice().textContent()).toContain('E2E-001');

    await session.page.reload(); // same tab: the token comes from sessionStorage
    await new ShellPage(session.page).goTo('members');
    await members.waitForRows();
    await members.waitForTotal(301);
    await members.search('E2E-001');
    await members.waitForTotal(1);
    expect(await members.cellText(0, 'name')).toBe('测试会员');
    expect(await members.cellText(0, 'duesBaseCents')).toBe('8,888.88');
    expect(await members.cellText(0, 'gender')).toBe('女');
    expect(await members.cellText(0, 'joinDate')).toBe('2024-03-01');

    const edit = await members.openEditWithKeyboard(members.bodyRow(0));
    expect(await edit.field('duesBase').inputValue()).toBe('8,888.88');
    expect(await edit.field('memberNo').inputValue()).toBe('E2E-001');
    await edit.fill({ name: '测试会员乙', duesBase: '9,000.50' });
    await edit.field('duesBase').press('Enter'); // Enter submits
    await edit.waitClosed();
    await expect.poll(() => members.cellText(0, 'duesBaseCents')).toBe('9,000.50');
    expect(await members.cellText(0, 'name')).toBe('测试会员乙');
    await members.waitForTotal(1);
    expect(session.problems.errors).toEqual([]);
  });

  it('shows a duplicate member number inline and writes nothing', async () => {
    const { members, session } = await start();
    await members.waitForTotal(300);
    const form = await members.openAdd();
    await form.fill({ memberNo: 'GH0001', name: '重复编号', gender: 'M', groupIndex: 1, duesBase: '5000' });
    await form.save();
    await form.fieldError('memberNo').waitFor();
    expect(await form.fieldError('memberNo').textContent()).toContain('会员编号已存在');
    expect(await form.generalError().textContent()).toContain('GH0001');
    await screenshot(session.page, 'member-form-duplicate-zh');
    // the form stays open with what was typed; Esc closes it
    expect(await form.field('name').inputValue()).toBe('重复编号');
    await session.page.keyboard.press('Escape');
    await form.waitClosed();
    await members.grid().locator('.ag-row').first().waitFor();
    await members.search('重复编号');
    await members.waitForTotal(0);
    await members.search('');
    await members.waitForTotal(300);
    // 409 from the server is an expected answer, not a page error; only the failed request is logged
    expect(session.problems.errors.filter((e) => !e.includes('409'))).toEqual([]);
  });

  it('rejects a dues base with three decimals or letters, under the field', async () => {
    const { members, session } = await start();
    await members.waitForTotal(300);
    const form = await members.openAdd();
    await form.fill({ memberNo: 'E2E-002', name: '金额测试', gender: 'M', groupIndex: 2, duesBase: '12.345' });
    await form.save();
    await form.fieldError('duesBase').waitFor();
    expect(await form.fieldError('duesBase').textContent()).toContain('两位小数');
    await screenshot(session.page, 'member-form-error-zh');

    await form.fill({ duesBase: 'abc' });
    // typing clears the old message; saving again shows the new reason
    await form.fieldError('duesBase').waitFor({ state: 'detached' });
    await form.save();
    await form.fieldError('duesBase').waitFor();
    expect(await form.fieldError('duesBase').textContent()).toContain('金额格式不对');

    await form.fill({ duesBase: '' });
    await form.save(); // caught before sending, with the contract's schema
    await expect.poll(() => form.fieldError('duesBase').textContent()).toContain('必填');

    await form.cancel();
    await form.waitClosed();
    await members.waitForTotal(300);
    expect(session.problems.errors.filter((e) => !e.includes('400'))).toEqual([]);
  });
});

describe('membership changes', () => {
  it('creates a group inline, then marks the new member as left and restores the membership', async () => {
    const { members, session } = await start();
    await members.waitForTotal(300);
    const form = await members.openAdd();
    await session.page.getByTestId('group-new').click();
    await session.page.getByTestId('group-new-name').fill('E2E测试小组');
    await session.page.getByTestId('group-new-name').press('Enter'); // adds the group, does not submit
    await expect.poll(async () => form.field('groupId').locator('option:checked').textContent()).toBe('E2E测试小组');
    expect(await form.root().isVisible()).toBe(true);
    await form.fill({ memberNo: 'E2E-LEAVE', name: '离会测试', gender: 'M', joinDate: '2020/1/5', duesBase: '3000' });
    await form.save();
    await form.waitClosed();
    await members.search('E2E-LEAVE');
    await members.waitForTotal(1);
    expect(await members.cellText(0, 'groupName')).toBe('E2E测试小组');
    expect(await members.cellText(0, 'joinDate')).toBe('2020-01-05'); // typed with slashes, stored as ISO

    await members.bodyRow(0).locator('[col-id="name"]').click();
    await session.page.getByTestId('member-leave').click();
    await session.page.getByTestId('leave-date').fill('2019-12-31'); // before joining: refused under the field
    await session.page.getByTestId('leave-submit').click();
    await expect.poll(() => session.page.getByTestId('leave-error-leaveDate').textContent()).toContain('2020-01-05');
    await session.page.getByTestId('leave-date').fill('2025-06-30');
    await session.page.getByTestId('leave-submit').click();
    await session.page.getByTestId('leave-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => members.cellText(0, 'status')).toBe('已离会');
    expect(await members.cellText(0, 'leaveDate')).toBe('2025-06-30');

    await session.page.getByTestId('member-rejoin').click();
    await expect.poll(() => members.cellText(0, 'status')).toBe('在会');
    expect(await members.cellText(0, 'leaveDate')).toBe('');
    expect(session.problems.errors.filter((e) => !e.includes('400'))).toEqual([]);
  });
});

/** "8,700.00" → 8700 (test-side comparison of displayed amounts). */
function yuan(text: string): number {
  return Number(text.replace(/,/g, ''));
}
