import type { Rule } from '../rule';
import { claimDraft, claimName, claimsInRange, containsAny, postedVouchers } from '../util';
import { draft } from '../rule';

/** Words that mark costs the employer's administration must bear (DOMAIN §2.2 (j)). */
export const ADMIN_WORDS = [
  '职工代表大会',
  '职代会',
  '办公用房',
  '房租',
  '租金',
  '水电费',
  '物业费',
  '取暖费',
  '专职工会干部工资',
  '专职人员工资',
  '社会保险',
  '社保',
  '行政委托',
];

/** R12 列支应由行政负担的费用: union funds paying costs that belong to the administration. */
export const r12: Rule = {
  id: 'R12',
  title: { zh: '列支应由行政负担的费用', en: 'Union pays costs that belong to the administration' },
  severity: 'medium',
  kind: 'rule',
  scope: 'item',
  params: [],
  citation: {
    zh: '《工会法》第四十六条（行政为工会提供办公和活动场所等物质条件）；总工办发〔2014〕23号“八不准”第八条',
    en: 'Trade Union Law Art. 46 (employer provides premises and facilities); ACFTU 2014 No. 23 item 8',
  },
  description: {
    zh: '摘要显示为房租、水电、物业、专职工会干部工资社保、职代会等应由行政负担的费用。',
    en: 'A description naming rent, utilities, property fees, full-time union staff pay or insurance, the workers’ congress, or other administration costs.',
  },
  check(data) {
    const claimVouchers = new Set(data.claims.map((c) => c.voucherId));
    const fromClaims = claimsInRange(data).flatMap((c) => {
      const word = containsAny(`${c.summary} ${c.payee}`, ADMIN_WORDS);
      if (!word) return [];
      const n = claimName(c);
      return [
        claimDraft(
          this,
          c,
          {
            zh: `${n.zh}（含“${word}”）属于应由行政负担的费用，不应由工会经费列支。`,
            en: `${n.en} (mentions "${word}") is a cost the administration must bear, not union funds.`,
          },
          { facts: { keyword: word } },
        ),
      ];
    });
    // Manual vouchers with spending lines whose text names such costs.
    const fromVouchers = postedVouchers(data)
      .filter((v) => !claimVouchers.has(v.id) && v.source === 'manual')
      .flatMap((v) => {
        const spend = v.lines.filter((l) => l.accountCode.startsWith('5') && l.debitCents > 0);
        if (spend.length === 0) return [];
        const word = containsAny([v.summary, ...spend.map((l) => l.summary ?? '')].join(' '), ADMIN_WORDS);
        if (!word) return [];
        const amount = spend.reduce((s, l) => s + l.debitCents, 0);
        return [
          draft(this, {
            key: `voucher:${v.id}`,
            period: v.period,
            message: {
              zh: `${v.date}凭证「${v.summary}」（含“${word}”）属于应由行政负担的费用。`,
              en: `${v.date} voucher "${v.summary}" (mentions "${word}") is a cost the administration must bear.`,
            },
            evidence: { voucherIds: [v.id], amountCents: amount, facts: { keyword: word } },
          }),
        ];
      });
    return [...fromClaims, ...fromVouchers];
  },
};
