import { draft, type Rule } from '../rule';
import { yuan } from '../util';

/** R24 资产未盘点/账实不符: 182 待处理财产损溢 not cleared at year-end. */
export const r24: Rule = {
  id: 'R24',
  title: { zh: '待处理财产损溢年末未处理', en: 'Asset losses pending at year-end' },
  severity: 'low',
  kind: 'control',
  scope: 'year',
  params: [],
  citation: {
    zh: '财会〔2021〕7号《工会会计制度》182 待处理财产损溢（年末应处理完毕）',
    en: 'MOF 2021 No. 7 account 182 (cleared by year-end)',
  },
  description: {
    zh: '年末 182 待处理财产损溢仍有余额。',
    en: '182 pending asset gains and losses still has a balance at year-end.',
  },
  check(data) {
    if (data.asOf <= data.to) return []; // the year is not over yet
    let bal = Object.entries(data.openingBalances)
      .filter(([c]) => c.startsWith('182'))
      .reduce((s, [, c]) => s + c, 0);
    const ids: number[] = [];
    for (const v of data.vouchers.filter((x) => x.status === 'posted'))
      for (const l of v.lines)
        if (l.accountCode.startsWith('182')) {
          bal += l.debitCents - l.creditCents;
          ids.push(v.id);
        }
    if (bal === 0) return [];
    return [
      draft(this, {
        key: `${data.year}:182`,
        period: null,
        message: {
          zh: `${data.year}年末待处理财产损溢余额 ${yuan(bal)} 元，未经批准处理。`,
          en: `Pending asset gains and losses of ${yuan(bal)} yuan at the end of ${data.year}, not dealt with.`,
        },
        evidence: { voucherIds: [...new Set(ids)], amountCents: bal },
      }),
    ];
  },
};
