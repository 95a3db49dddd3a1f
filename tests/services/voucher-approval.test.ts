import { describe, expect, it } from 'vitest';
import { callAs, createTestApp, ok } from '../helpers/app';
import type { App } from '../../electron/app/compose';

/** Separation of duties on one voucher (issue 7): preparer ≠ reviewer ≠ approver, and approval before posting. */
const as = (
  app: App,
  user: string,
  method: 'vouchers.review' | 'vouchers.approve' | 'vouchers.unapprove' | 'vouchers.post',
  id: number,
) => callAs(app, { user }, method, { id });

async function draft(app: App, user = '王会计') {
  const r = await callAs(app, { user }, 'vouchers.create', {
    date: '2025-03-05',
    summary: '购买活动用品',
    attachments: 1,
    lines: [
      { accountCode: '50105', debit: '120.00', credit: '' },
      { accountCode: '102', debit: '', credit: '120.00' },
    ],
  });
  if (!r.ok) throw new Error(r.error.messageEn);
  return r.value;
}

function errorOf(r: { ok: boolean; error?: { code: string; message: string } }) {
  return r.ok ? null : [r.error!.code, r.error!.message];
}

describe('preparer, reviewer and approver of a voucher are three people', () => {
  it('refuses the preparer or the reviewer as approver, and the approver as reviewer', async () => {
    const app = createTestApp();
    const v = await draft(app);
    expect(errorOf(await as(app, '王会计', 'vouchers.approve', v.id))).toEqual([
      'FORBIDDEN',
      '制单人不能审批自己编制的凭证',
    ]);

    // 张主席 approves; then 张主席 cannot also review it, but 刘会计 can.
    const approved = await as(app, '张主席', 'vouchers.approve', v.id);
    expect(approved.ok && [approved.value.approver, approved.value.status]).toEqual(['张主席', 'draft']);
    const selfReview = await as(app, '张主席', 'vouchers.review', v.id);
    expect(errorOf(selfReview)?.[0]).toBe('FORBIDDEN');
    expect(errorOf(selfReview)?.[1]).toContain('审批人不能再审核');
    const reviewed = await as(app, '刘会计', 'vouchers.review', v.id);
    expect(reviewed.ok && [reviewed.value.reviewer, reviewed.value.approver]).toEqual(['刘会计', '张主席']);

    // The other order: reviewed first, then the reviewer tries to approve.
    const w = await draft(app);
    expect((await as(app, '刘会计', 'vouchers.review', w.id)).ok).toBe(true);
    const reviewerApproves = await as(app, '刘会计', 'vouchers.approve', w.id);
    expect(errorOf(reviewerApproves)?.[1]).toContain('审核人不能再审批');
    expect((await ok(app, 'vouchers.get', { id: w.id })).approver).toBeNull();

    // Posted, the three names stay on the voucher and the approval cannot change any more.
    const posted = await as(app, '王会计', 'vouchers.post', v.id);
    expect(posted.ok && [posted.value.preparer, posted.value.reviewer, posted.value.approver]).toEqual([
      '王会计',
      '刘会计',
      '张主席',
    ]);
    expect(errorOf(await as(app, '张主席', 'vouchers.unapprove', v.id))?.[0]).toBe('CONFLICT');
    app.close();
  });

  it('the database refuses the same, whatever code path tries', () => {
    const app = createTestApp();
    const db = app.context.library.db;
    db.prepare(
      `INSERT INTO vouchers (date, period, number, summary, status, source, preparer, created_at)
       VALUES ('2025-03-06', '2025-03', 99, '直接写入', 'draft', 'manual', '王会计', '2025-03-06T08:00:00Z')`,
    ).run();
    const set = (sql: string) => () => db.prepare(sql).run();
    expect(set("UPDATE vouchers SET approver = '王会计' WHERE number = 99")).toThrow(/separation of duties/);
    expect(set("UPDATE vouchers SET approver = '张主席' WHERE number = 99")).not.toThrow();
    expect(set("UPDATE vouchers SET status = 'reviewed', reviewer = '张主席' WHERE number = 99")).toThrow(
      /separation of duties/,
    );
    expect(() =>
      db
        .prepare(
          `INSERT INTO vouchers (date, period, number, summary, status, source, preparer, approver, created_at)
           VALUES ('2025-03-06', '2025-03', 100, 'x', 'draft', 'claim', '王会计', '王会计', '2025-03-06T08:00:00Z')`,
        )
        .run(),
    ).toThrow(/separation of duties/);
    app.close();
  });

  it('withdraws an approval only by the approver, before posting', async () => {
    const app = createTestApp();
    const v = await draft(app);
    await as(app, '张主席', 'vouchers.approve', v.id);
    expect(errorOf(await as(app, '陈主席', 'vouchers.unapprove', v.id))?.[1]).toContain('只有审批人张主席本人');
    const back = await as(app, '张主席', 'vouchers.unapprove', v.id);
    expect(back.ok && back.value.approver).toBeNull();
    const log = app.context.library.db
      .prepare("SELECT actor, method FROM change_log WHERE entity = 'voucher' ORDER BY seq DESC LIMIT 2")
      .all();
    expect(log).toEqual([
      { actor: '张主席', method: 'vouchers.unapprove' },
      { actor: '张主席', method: 'vouchers.approve' },
    ]);
    app.close();
  });
});

describe('a ledger that requires approval before posting', () => {
  it('posts a reviewed manual voucher only once an approver signed it (service and database)', async () => {
    const app = createTestApp();
    const admin = { user: 'admin' };
    const s = await callAs(app, admin, 'settings.update', { voucherApproval: true });
    expect(s.ok && s.value).toEqual({ splitCash: false, voucherApproval: true });

    const v = await draft(app);
    await as(app, '刘会计', 'vouchers.review', v.id);
    const refused = await as(app, '王会计', 'vouchers.post', v.id);
    expect(errorOf(refused)?.[0]).toBe('CONFLICT');
    expect(errorOf(refused)?.[1]).toContain('尚未审批');
    expect((await ok(app, 'vouchers.get', { id: v.id })).status).toBe('reviewed');
    const db = app.context.library.db;
    expect(() =>
      db.prepare("UPDATE vouchers SET status = 'posted', poster = 'x', posted_at = 'y' WHERE id = ?").run(v.id),
    ).toThrow(/only after it is approved/);

    await as(app, '张主席', 'vouchers.approve', v.id);
    const posted = await as(app, '王会计', 'vouchers.post', v.id);
    expect(posted.ok && posted.value.status).toBe('posted');

    // Switched off again, a voucher without approval posts as before; the change log names who switched.
    await callAs(app, admin, 'settings.update', { voucherApproval: false });
    const w = await draft(app);
    await as(app, '刘会计', 'vouchers.review', w.id);
    expect((await as(app, '王会计', 'vouchers.post', w.id)).ok).toBe(true);
    const changes = db
      .prepare(
        "SELECT actor, before_json AS before, after_json AS after FROM change_log WHERE method = 'settings.update' ORDER BY seq",
      )
      .all() as { actor: string; before: string; after: string }[];
    expect(
      changes.map((c) => [c.actor, JSON.parse(c.before).voucherApproval, JSON.parse(c.after).voucherApproval]),
    ).toEqual([
      ['admin', false, true],
      ['admin', true, false],
    ]);
    app.close();
  });
});

describe('a claim’s voucher carries the claim’s approver', () => {
  it('shows the approver named on the claim, beside the preparer who entered it', async () => {
    const app = createTestApp();
    const claim = await callAs(app, { user: '王会计' }, 'claims.create', {
      date: '2025-03-20',
      accountCode: '50105',
      summary: '清明节会员慰问品',
      payee: '城东粮油店',
      amount: '300.00',
      paymentForm: 'goods_voucher',
      welfareType: 'festival',
      festival: '清明',
      invoices: [{ number: '04518823', date: '2025-03-18', amount: '300.00', verified: true }],
      approval: { approver: '张主席', approvedDate: '2025-03-19' },
      budgetLine: '会员活动-节日',
    });
    if (!claim.ok) throw new Error(claim.error.messageEn);
    const v = await ok(app, 'vouchers.get', { id: claim.value.voucherId });
    expect([v.preparer, v.approver, v.status]).toEqual(['王会计', '张主席', 'posted']);
    app.close();
  });
});
