import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { AssessmentRow, DuesBatchDto } from '../../shared/contract';
import { moneyColumn, textColumn } from '../allocation/column-kit';
import { fractionToPercent } from '../allocation/percent';

export interface ArrearsRowView {
  memberId: number;
  memberNo: string;
  name: string;
  groupName: string;
  period: string;
  assessedCents: number;
  paidCents: number;
  arrearsCents: number;
}

/** A month's assessment per member: base, counted base, rate, due, paid, unpaid, and the rule as text. */
export function assessmentColumns(t: TFunction, en: boolean): ColDef<AssessmentRow>[] {
  return [
    textColumn<AssessmentRow>('memberNo', t('dues.columns.memberNo'), (r) => r.memberNo, 100),
    textColumn<AssessmentRow>('name', t('dues.columns.name'), (r) => r.name, 90),
    textColumn<AssessmentRow>('group', t('dues.columns.group'), (r) => r.groupName, 110),
    moneyColumn<AssessmentRow>('base', t('dues.columns.base'), (r) => r.baseCents, 110),
    moneyColumn<AssessmentRow>('countedBase', t('dues.columns.countedBase'), (r) => r.countedBaseCents, 110),
    {
      ...textColumn<AssessmentRow>('rate', t('dues.columns.rate'), (r) => fractionToPercent(r.rate), 70),
      type: 'rightAligned',
    },
    moneyColumn<AssessmentRow>('amount', t('dues.columns.amount'), (r) => r.amountCents, 90),
    moneyColumn<AssessmentRow>('paid', t('dues.columns.paid'), (r) => r.paidCents, 90),
    moneyColumn<AssessmentRow>('arrears', t('dues.columns.arrears'), (r) => r.arrearsCents, 90),
    textColumn<AssessmentRow>('rule', t('dues.columns.rule'), (r) => (en ? r.ruleEn : r.rule), 300, {
      flex: 1,
      minWidth: 220,
      tooltipValueGetter: (p) => (p.data ? (en ? p.data.ruleEn : p.data.rule) : ''),
    }),
  ];
}

export function batchColumns(t: TFunction): ColDef<DuesBatchDto>[] {
  return [
    textColumn<DuesBatchDto>('date', t('dues.columns.date'), (r) => r.date, 104),
    textColumn<DuesBatchDto>('period', t('dues.columns.period'), (r) => r.period, 90),
    textColumn<DuesBatchDto>('method', t('dues.columns.method'), (r) => t(`dues.methods.${r.method}`), 100),
    {
      ...textColumn<DuesBatchDto>('members', t('dues.columns.members'), (r) => r.members, 80),
      type: 'rightAligned',
    },
    moneyColumn<DuesBatchDto>('total', t('dues.columns.total'), (r) => r.totalCents, 120),
    textColumn<DuesBatchDto>('voucher', t('dues.columns.voucher'), (r) => r.voucherLabel, 140, {
      cellClass: 'cell-voucher',
    }),
    textColumn<DuesBatchDto>('note', t('dues.columns.note'), (r) => r.note, 200, { flex: 1 }),
  ];
}

export function arrearsColumns(t: TFunction): ColDef<ArrearsRowView>[] {
  return [
    textColumn<ArrearsRowView>('memberNo', t('dues.columns.memberNo'), (r) => r.memberNo, 100),
    textColumn<ArrearsRowView>('name', t('dues.columns.name'), (r) => r.name, 100),
    textColumn<ArrearsRowView>('group', t('dues.columns.group'), (r) => r.groupName, 120),
    textColumn<ArrearsRowView>('period', t('dues.columns.period'), (r) => r.period, 90),
    moneyColumn<ArrearsRowView>('assessed', t('dues.columns.assessed'), (r) => r.assessedCents, 110),
    moneyColumn<ArrearsRowView>('paid', t('dues.columns.paid'), (r) => r.paidCents, 110),
    moneyColumn<ArrearsRowView>('arrears', t('dues.columns.arrears'), (r) => r.arrearsCents, 110),
  ];
}
