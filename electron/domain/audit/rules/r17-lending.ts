import { draft, type Rule } from '../rule';
import { containsAny, periodOf, yuan } from '../util';

const LENDING_WORDS = ['借款', '借给', '借出', '出借', '借支', '担保', '拆借', '垫付'];

/** R17 挪用、借出、担保: money lent to people or units, or guarantees, through 135 other receivables. */
export const r17: Rule = {
  id: 'R17',
  title: { zh: '挪用、出借工会经费或提供担保', en: 'Misappropriation, lending or guarantees' },
  severity: 'high',
  kind: 'rule',
  scope: 'item',
  params: [],
  citation: {
    zh: '总工办发〔2014〕23号“八不准”第六、七条；财会〔2021〕7号 135 其他应收款',
    en: 'ACFTU 2014 No. 23 items 6 and 7; MOF 2021 No. 7 account 135',
  },
  description: {
    zh: '其他应收款借方记录借款、出借、担保、垫付等。',
    en: 'A debit to 135 other receivables recording a loan, guarantee or advance.',
  },
  check(data) {
    return data.receivableLines
      .filter((l) => l.debitCents > 0 && l.date >= data.from && l.date <= data.to)
      .flatMap((l) => {
        const word = containsAny(`${l.summary ?? ''} ${l.voucherSummary}`, LENDING_WORDS);
        if (!word) return [];
        const who =
          l.counterparty ?? (l.memberId !== null ? (data.members.find((m) => m.id === l.memberId)?.name ?? '') : '');
        return [
          draft(this, {
            key: `voucher:${l.voucherId}:${l.accountCode}:${who}`,
            period: periodOf(l.date),
            message: {
              zh: `${l.date}「${l.summary ?? l.voucherSummary}」记入其他应收款 ${yuan(l.debitCents)} 元${who ? `（${who}）` : ''}，含“${word}”。`,
              en: `${l.date} "${l.summary ?? l.voucherSummary}": ${yuan(l.debitCents)} yuan to other receivables${who ? ` (${who})` : ''}, a loan or advance.`,
            },
            evidence: {
              voucherIds: [l.voucherId],
              memberIds: l.memberId === null ? [] : [l.memberId],
              amountCents: l.debitCents,
              facts: { counterparty: who || null, keyword: word },
            },
          }),
        ];
      });
  },
};
