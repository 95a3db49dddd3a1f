import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/app/clock';
import { DEMO_SEEDED_ISSUES } from '../../electron/app/demo-books';
import { verifyChain } from '../../db/repos/change-log';
import type { FindingRow } from '../../electron/contract/audit-api';
import { callAs, createTestApp, ok } from '../helpers/app';

/** The audit run over the demo ledger (DOMAIN §5.6): seeded breaches found, reruns stable, the committee's review. */
describe('audit checks on the demo ledger', () => {
  const app = createTestApp({ clock: fixedClock('2026-03-15T09:00:00+08:00'), demoBooks: true });
  const db = app.context.library.db;
  const committee = { user: '赵委员', roles: ['committee'] as const };
  const all = async (): Promise<FindingRow[]> => (await ok(app, 'audit.findings', { year: 2025, limit: 500 })).rows;
  const claimIdOf = (where: string) =>
    (db.prepare(`SELECT id FROM expense_claims WHERE ${where}`).get() as { id: number }).id;
  const finding = async (ruleId: string, claimId: number) =>
    (await all()).find((f) => f.ruleId === ruleId && f.key.startsWith(`claim:${claimId}`));

  it('lists every rule with its citation, severity and kind, all enabled by default', async () => {
    const rules = await ok(app, 'audit.rules', {});
    expect(rules.length).toBeGreaterThanOrEqual(25);
    for (const r of rules) {
      expect(r.citation.zh.length, r.id).toBeGreaterThan(0);
      expect(r.title.en.length, r.id).toBeGreaterThan(0);
      expect(r.enabled).toBe(true);
    }
  });

  it('finds every breach the demo books were seeded with', async () => {
    const summary = await ok(app, 'audit.run', { year: 2025 });
    expect(summary.profile).toBe('national');
    expect(summary.newFindings).toBe(summary.found);
    const rules = new Set((await all()).map((f) => f.ruleId));
    for (const issue of DEMO_SEEDED_ISSUES) {
      const id = `R${issue.match(/^R(\d+)/)![1]!.padStart(2, '0')}`;
      expect(rules.has(id), issue).toBe(true);
    }
    // Each on the very claim that carries it.
    expect(await finding('R01', claimIdOf("payment_form = 'shopping_card'"))).toBeDefined();
    expect(await finding('R03', claimIdOf("festival = '三八'"))).toBeDefined();
    expect(await finding('R13', claimIdOf('lodging = 1'))).toBeDefined();
    expect(await finding('R14', claimIdOf("summary = '工会委员年终聚餐'"))).toBeDefined();
    const gym = claimIdOf("summary = '职工活动室健身器材'");
    for (const r of ['R06', 'R10', 'R11']) expect(await finding(r, gym), r).toBeDefined();
    const r05 = (await all()).find((f) => f.ruleId === 'R05')!;
    const detail = await ok(app, 'audit.finding', { id: r05.id });
    const leftId = detail.evidence.memberIds[0]!;
    const left = db.prepare('SELECT leave_date FROM members WHERE id = ?').get(leftId) as { leave_date: string };
    expect(left.leave_date < (detail.evidence.facts ? '2025-09-10' : '')).toBe(true);
    // Allowed spending is not flagged: the in-kind Spring Festival gifts and the cake vouchers.
    expect(await finding('R01', claimIdOf("summary = '春节会员慰问品'"))).toBeUndefined();
    expect((await all()).some((f) => f.ruleId === 'R01' && f.message.zh.includes('蛋糕'))).toBe(false);
  });

  it('a rerun neither duplicates findings nor resolves any', async () => {
    const before = await all();
    const again = await ok(app, 'audit.run', { year: 2025 });
    expect(again.newFindings).toBe(0);
    expect(again.resolved).toBe(0);
    const after = await all();
    expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
  });

  it('only committee members decide, and not on vouchers they prepared or approved', async () => {
    const banquet = (await finding('R14', claimIdOf("summary = '工会委员年终聚餐'")))!;
    const input = { findingIds: [banquet.id], decision: 'confirmed_breach' as const, comment: '属公款吃喝，责令退回' };
    const noRoles = await callAs(app, { user: '赵委员' }, 'audit.decide', input);
    expect(noRoles.ok || noRoles.error.code).toBe('FORBIDDEN');
    const accountant = await callAs(app, { user: '钱会计', roles: ['accountant'] }, 'audit.decide', input);
    expect(accountant.ok || accountant.error.code).toBe('FORBIDDEN');
    const detail = await ok(app, 'audit.finding', { id: banquet.id });
    expect(detail.involved).toContain('张主席');
    const chair = await callAs(app, { user: '张主席', roles: ['committee'] }, 'audit.decide', input);
    expect(chair.ok || chair.error.code).toBe('FORBIDDEN');
    const member = await callAs(app, committee, 'audit.decide', input);
    expect(member.ok).toBe(true);
    const after = await ok(app, 'audit.finding', { id: banquet.id });
    expect(after.status).toBe('decided');
    expect(after.decisions.map((d) => [d.decision, d.decidedBy, d.comment])).toEqual([
      ['confirmed_breach', '赵委员', '属公款吃喝，责令退回'],
    ]);
  });

  it('decides in bulk within a review meeting; a rectification names its correcting voucher', async () => {
    const meeting = await callAs(app, committee, 'audit.meetings.create', {
      date: '2026-03-15',
      title: '经审会2026年第1次会议',
      attendees: ['赵委员', '孙委员', '周委员'],
    });
    expect(meeting.ok).toBe(true);
    const meetingId = meeting.ok ? meeting.value.id : 0;
    const r10 = (await all()).filter((f) => f.ruleId === 'R10').map((f) => f.id);
    const bulk = await callAs(app, committee, 'audit.decide', {
      findingIds: r10,
      decision: 'accepted',
      comment: '已补工会委员会会议纪要',
      meetingId,
    });
    expect(bulk.ok && bulk.value.length).toBe(r10.length);
    const noVoucher = await callAs(app, committee, 'audit.decide', {
      findingIds: [r10[0]!],
      decision: 'rectified',
      comment: '已整改',
    });
    expect(noVoucher.ok || noVoucher.error.code).toBe('VALIDATION');
    const meetings = await ok(app, 'audit.meetings.list', { year: 2026 });
    expect(meetings.map((m) => [m.title, m.decisionCount])).toEqual([['经审会2026年第1次会议', r10.length]]);
  });

  it('keeps decisions immutable (database triggers) and in the hash-chained change log', () => {
    expect(() => db.prepare("UPDATE audit_decisions SET comment = 'x'").run()).toThrow(/cannot change/);
    expect(() => db.prepare('DELETE FROM audit_decisions').run()).toThrow(/cannot be removed/);
    expect(() => db.prepare('DELETE FROM audit_findings').run()).toThrow(/kept/);
    const logged = db.prepare("SELECT count(*) AS n FROM change_log WHERE entity = 'audit_decision'").get() as {
      n: number;
    };
    const decisions = db.prepare('SELECT count(*) AS n FROM audit_decisions').get() as { n: number };
    expect(logged.n).toBe(decisions.n);
    expect(verifyChain(db).ok).toBe(true);
  });

  it('marks a finding resolved by data when its cause goes, keeping it and its decisions', async () => {
    const claimId = claimIdOf("summary = '工会委员年终聚餐'");
    const banquet = (await finding('R14', claimId))!;
    const voucherId = (
      db.prepare('SELECT voucher_id AS v FROM expense_claims WHERE id = ?').get(claimId) as { v: number }
    ).v;
    const { reversal } = await ok(app, 'vouchers.reverse', { id: voucherId, date: '2025-12-20' });
    // A reversal drafted but not yet posted changes nothing in the books: the finding stays.
    expect((await ok(app, 'audit.run', { year: 2025 })).resolved).toBe(0);
    for (const step of ['vouchers.review', 'vouchers.post'] as const) {
      const r = await callAs(app, { user: '李出纳' }, step, { id: reversal.id });
      expect(r.ok, step).toBe(true);
    }
    const run = await ok(app, 'audit.run', { year: 2025 });
    expect(run.resolved).toBeGreaterThanOrEqual(1);
    const after = await ok(app, 'audit.finding', { id: banquet.id });
    expect(after.status).toBe('resolved');
    expect(after.resolvedAt).not.toBeNull();
    expect(after.decisions).toHaveLength(1);
    const rectified = await callAs(app, committee, 'audit.decide', {
      findingIds: [banquet.id],
      decision: 'rectified',
      comment: '已冲销并由参加人员退款',
      correctingVoucherId: reversal.id,
    });
    expect(rectified.ok).toBe(true);
    const resolved = await ok(app, 'audit.findings', { year: 2025, status: 'resolved' });
    expect(resolved.rows.map((f) => f.id)).toContain(banquet.id);
    // Still resolved on a rerun; nothing is reopened or duplicated.
    const again = await ok(app, 'audit.run', { year: 2025 });
    expect([again.newFindings, again.resolved]).toEqual([0, 0]);
  });

  it('a month run re-checks that month’s items only', async () => {
    const sept = await ok(app, 'audit.run', { year: 2025, month: 9 });
    expect(sept.newFindings).toBe(0);
    expect(sept.resolved).toBe(0);
    expect(sept.byRule.map((r) => r.ruleId)).toContain('R01');
    expect(sept.byRule.map((r) => r.ruleId)).not.toContain('R21');
  });

  it('a rule switched off is not run, and says so in the catalogue', async () => {
    await ok(app, 'audit.setRuleEnabled', { ruleId: 'R23', enabled: false });
    expect((await ok(app, 'audit.rules', {})).find((r) => r.id === 'R23')!.enabled).toBe(false);
    const run = await ok(app, 'audit.run', { year: 2025 });
    expect(run.byRule.map((r) => r.ruleId)).not.toContain('R23');
    await ok(app, 'audit.setRuleEnabled', { ruleId: 'R23', enabled: true });
  });

  it('a chosen provincial profile, edited as a new version, drives the caps and is recorded on the finding', async () => {
    await ok(app, 'audit.profiles.choose', { code: 'hubei-2018' });
    const before = await ok(app, 'audit.profiles.get', { code: 'hubei-2018', asOf: '2025-12-31' });
    const cap = before.values.find((v) => v.key === 'cap.festival_year')!;
    expect([cap.value, cap.example, cap.version]).toEqual(['1200', true, 1]);
    expect(before.values.find((v) => v.key === 'festivals.allowed')!.fromProfile).toBe('national');
    const edited = await ok(app, 'audit.profiles.setValue', {
      code: 'hubei-2018',
      key: 'cap.festival_year',
      value: '800',
      document: '示例：本单位从严标准',
      effectiveFrom: '2025-01-01',
      sourceGrade: 'C',
    });
    expect(edited.version).toBe(2);
    const history = (await ok(app, 'audit.profiles.get', { code: 'hubei-2018' })).history;
    expect(history.filter((v) => v.key === 'cap.festival_year').map((v) => v.value)).toEqual(['800', '1200']);
    const run = await ok(app, 'audit.run', { year: 2025 });
    expect(run.profile).toBe('hubei-2018');
    const r02 = (await all()).find((f) => f.ruleId === 'R02')!;
    const detail = await ok(app, 'audit.finding', { id: r02.id });
    expect(detail.params).toEqual([
      expect.objectContaining({ key: 'cap.festival_year', versionId: edited.id, value: '800' }),
    ]);
    expect(detail.evidence.capCents).toBe(80_000);
    const bad = await callAs(app, { user: 't' }, 'audit.profiles.setValue', {
      code: 'hubei-2018',
      key: 'cap.festival_year',
      value: 'lots',
      effectiveFrom: '2025-01-01',
      sourceGrade: 'C',
    });
    expect(bad.ok || bad.error.code).toBe('VALIDATION');
    expect(() => db.prepare("UPDATE policy_values SET value = '1'").run()).toThrow(/versioned/);
  });

  it('writes the review report from findings and decisions', async () => {
    const report = await ok(app, 'audit.report', { year: 2025 });
    expect(report.spending.find((l) => l.accountCode === '50105')!.budgetCents).toBe(90_000_000);
    expect(report.totals.spendingCents).toBeGreaterThan(0);
    expect(report.findingCounts.accepted).toBeGreaterThan(0);
    // Accepted explanations are not problems; open and confirmed ones are, with rule citation and voucher refs.
    expect(report.problems.some((p) => p.ruleId === 'R10')).toBe(false);
    const r01 = report.problems.find((p) => p.ruleId === 'R01')!;
    expect(r01.citation.zh).toContain('八不准');
    expect(r01.voucherRefs[0]).toMatch(/^记-2025-09-/);
    const banquet = report.problems.find((p) => p.ruleId === 'R14')!;
    expect([banquet.decision, banquet.correctingVoucherRef]).toEqual([
      'rectified',
      expect.stringMatching(/^记-2025-12-/),
    ]);
    expect(report.meetings).toHaveLength(1);
  });
});
