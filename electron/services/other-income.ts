import type { Db } from '../../db/connection';
import { appendChange } from '../../db/repos/change-log';
import { getIncome, insertIncome, listIncomes } from '../../db/repos/other-income';
import { listProjects } from '../../db/repos/projects';
import type { IncomeDto } from '../contract/allocation';
import type { ParsedInput } from '../contract/api';
import { nowIso } from '../app/clock';
import { DomainError, fieldError } from '../app/errors';
import { INCOME_ACCOUNTS } from '../domain/allocation';
import { amountField } from './allocation';
import type { Actor } from './members';
import { postGenerated } from './vouchers';

/**
 * 其他收入 (DOMAIN §1.4): higher-union subsidies (40301 general, 40302 earmarked), administration subsidies (405),
 * other income (408). Recording one stores the income and posts Dr 102 / Cr the income account, with the project
 * on the income line so earmarked money can be followed and closes to 321 at year end.
 */
export function recordIncome(db: Db, actor: Actor, input: ParsedInput<'income.record'>): IncomeDto {
  return db.transaction(() => {
    const amountCents = amountField(input.amount, ['amount']);
    const projectId = input.projectId ?? null;
    if (input.kind === 'upper_earmarked' && projectId === null)
      throw fieldError(
        ['projectId'],
        '专项转移支付补助（40302）须指定专项项目，年终才能结转到 321 工会资金结转',
        'An earmarked subsidy (40302) needs its project, so that year end carries it to 321',
      );
    if (projectId !== null) {
      const project = listProjects(db).find((p) => p.id === projectId);
      if (!project)
        throw new DomainError('NOT_FOUND', `找不到项目（${projectId}）`, `Project ${projectId} not found`, [
          { path: ['projectId'], message: '找不到该项目', messageEn: 'No such project' },
        ]);
      if (input.kind === 'upper_earmarked' && !project.earmarked)
        throw fieldError(
          ['projectId'],
          `项目“${project.name}”不是专项项目；专项补助须记入专项项目`,
          `Project "${project.name}" is not earmarked; an earmarked subsidy must go to an earmarked project`,
        );
    }
    const accountCode = INCOME_ACCOUNTS[input.kind];
    const voucher = postGenerated(db, actor, {
      date: input.date,
      summary: input.summary,
      source: 'income',
      lines: [
        { accountCode: '102', debitCents: amountCents, creditCents: 0, counterparty: input.payer },
        {
          accountCode,
          debitCents: 0,
          creditCents: amountCents,
          counterparty: input.payer,
          projectId,
          spendingKind: null,
        },
      ],
    });
    const id = insertIncome(db, {
      date: input.date,
      kind: input.kind,
      accountCode,
      projectId,
      payer: input.payer,
      summary: input.summary,
      amountCents,
      voucherId: voucher.id,
      at: nowIso(actor.clock),
    });
    const after = getIncome(db, id)!;
    appendChange(db, {
      at: nowIso(actor.clock),
      actor: actor.user,
      method: 'income.record',
      entity: 'other_income',
      entityId: id,
      before: null,
      after,
    });
    return after;
  })();
}

/** Other income dated within the year. */
export function listIncomeYear(db: Db, year: number): IncomeDto[] {
  return listIncomes(db, `${year}-01-01`, `${year}-12-31`);
}
