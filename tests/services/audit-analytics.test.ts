import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/app/clock';
import type { App } from '../../electron/app/compose';
import { callAs, createTestApp, ok } from '../helpers/app';

/** The §6 statistical screens run by the engine over the demo ledger's 2025 books. */
describe('audit analytics on the demo ledger', () => {
  let app: App;
  beforeAll(() => {
    app = createTestApp({ demoBooks: true, clock: fixedClock('2026-12-01T08:00:00+08:00') });
  }, 60_000);
  afterAll(() => app.close());

  it('a run lists the screens apart from rule breaches, each with its rule citation', async () => {
    const run = await ok(app, 'audit.run', { year: 2025 });
    expect(run.byRule.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['A07', 'A08']));
    const screens = await ok(app, 'audit.findings', { year: 2025, kind: 'statistical', limit: 500 });
    const breaches = await ok(app, 'audit.findings', { year: 2025, kind: 'rule', limit: 500 });
    expect(screens.rows.length).toBeGreaterThan(0);
    expect(screens.rows.every((r) => r.ruleId.startsWith('A'))).toBe(true);
    expect(breaches.rows.every((r) => !r.ruleId.startsWith('A'))).toBe(true);

    // 3 February 2025 was in the Spring Festival holiday (国办发明电〔2024〕12号): the birthday-voucher posting is flagged
    const holiday = screens.rows.find((r) => r.ruleId === 'A07' && r.message.zh.includes('2025-02-03'));
    expect(holiday?.message.zh).toContain('法定节假日（春节）');
    const detail = await ok(app, 'audit.finding', { id: holiday!.id });
    expect(detail.citation.zh).toContain('调休');
    expect(detail.evidence.voucherIds).toHaveLength(1);
    expect(detail.evidence.facts?.notice).toContain('国办发明电〔2024〕12号');

    // a round condolence paid without an invoice
    const round = screens.rows.find((r) => r.ruleId === 'A08' && r.message.zh.includes('住院慰问金'));
    expect(round?.amountCents).toBe(80000);

    // the opening voucher of 1 January (a holiday) is not a finding
    expect(screens.rows.some((r) => r.ruleId === 'A07' && r.message.zh.includes('2025-01-01'))).toBe(false);
  });

  it('a committee decision on a screen survives a rerun, and a switched-off screen stops reporting', async () => {
    const screens = await ok(app, 'audit.findings', { year: 2025, ruleId: 'A08', limit: 500 });
    const target = screens.rows[0]!;
    const decided = await callAs(app, { user: '经审委员甲', roles: ['committee'] }, 'audit.decide', {
      findingIds: [target.id],
      decision: 'accepted',
      comment: '慰问金按标准发放，有签收',
    });
    expect(decided.ok).toBe(true);
    await ok(app, 'audit.run', { year: 2025 });
    const again = await ok(app, 'audit.finding', { id: target.id });
    expect(again.status).toBe('decided');
    expect(again.decisions.map((d) => d.comment)).toEqual(['慰问金按标准发放，有签收']);

    await ok(app, 'audit.setRuleEnabled', { ruleId: 'A07', enabled: false });
    const run = await ok(app, 'audit.run', { year: 2025 });
    expect(run.byRule.some((r) => r.ruleId === 'A07')).toBe(false);
    const rules = await ok(app, 'audit.rules', {});
    expect(rules.find((r) => r.id === 'A07')).toMatchObject({ enabled: false, kind: 'statistical' });
  });
});
