import type { TFunction } from 'i18next';
import type { BalanceSide, GeneralLedger } from '../../shared/contract';

/** A row of the three-column 总账 (三栏式): 上年结转 / 期初余额, then 本月合计 and 本年累计 for each month. */
export interface GlRow {
  id: string;
  kind: 'opening' | 'month' | 'year';
  /** The month the row belongs to (YYYY-MM); null for the opening row. */
  period: string | null;
  monthText: string;
  summary: string;
  debitCents: number | null;
  creditCents: number | null;
  side: BalanceSide;
  balanceCents: number;
}

export function generalLedgerRows(gl: GeneralLedger, t: TFunction): GlRow[] {
  const rows: GlRow[] = [
    {
      id: 'opening',
      kind: 'opening',
      period: null,
      monthText: gl.from.slice(5),
      summary: t(gl.from.endsWith('-01') ? 'ledger.general.openingYear' : 'ledger.general.openingPeriod'),
      debitCents: null,
      creditCents: null,
      side: gl.openingSide,
      balanceCents: gl.openingCents,
    },
  ];
  for (const m of gl.months) {
    const month = m.period.slice(5);
    rows.push({
      id: `m-${m.period}`,
      kind: 'month',
      period: m.period,
      monthText: month,
      summary: t('ledger.general.monthTotal'),
      debitCents: m.debitCents,
      creditCents: m.creditCents,
      side: m.side,
      balanceCents: m.balanceCents,
    });
    rows.push({
      id: `y-${m.period}`,
      kind: 'year',
      period: m.period,
      monthText: month,
      summary: t('ledger.general.yearTotal'),
      debitCents: m.ytdDebitCents,
      creditCents: m.ytdCreditCents,
      side: m.side,
      balanceCents: m.balanceCents,
    });
  }
  return rows;
}
