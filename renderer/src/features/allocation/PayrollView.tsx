import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerUnitDto, Output, PayrollDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { ListGrid } from '../../components/ListGrid';
import { formatAmount } from '../../format/money';
import type { AllocationTabProps } from './AllocationPage';
import { PayrollDialog } from './PayrollDialog';
import { payrollColumns, type PayrollMonthRow } from './payroll-columns';
import { monthsOf } from './periods';
import { UnitDialog } from './UnitDialog';
import { useCan } from '../users/AuthContext';

type PeriodStatus = Output<'periods.list'>[number];

interface PayrollViewProps extends AllocationTabProps {
  onUnitCreated(unit: EmployerUnitDto): void;
}

/** 工资总额: one unit's twelve months (payroll, headcount, model, expected allocation); Enter edits a month. */
export function PayrollView({ year, units, version, changed, notify, onUnitCreated }: PayrollViewProps) {
  const { t } = useTranslation();
  const api = useApi();
  const can = useCan();
  const canEdit = can('allocation.payroll.set');
  const [unitId, setUnitId] = useState<number | null>(null);
  const [loaded, setLoaded] = useState<{ year: number; payroll: PayrollDto[]; periods: PeriodStatus[] } | null>(null);
  const [selected, setSelected] = useState<PayrollMonthRow | null>(null);
  const [editing, setEditing] = useState<PayrollMonthRow | null>(null);
  const [addingUnit, setAddingUnit] = useState(false);

  const unit = units.find((u) => u.id === unitId) ?? units[0] ?? null;

  useEffect(() => {
    let live = true;
    Promise.all([api.call('allocation.payroll.list', { year }), api.call('periods.list', { year })])
      .then(([payroll, periods]) => live && setLoaded({ year, payroll, periods }))
      .catch((error: unknown) => live && notify({ kind: 'error', error }));
    return () => {
      live = false;
    };
  }, [api, year, version, notify]);

  const rows = useMemo<PayrollMonthRow[] | null>(() => {
    if (!loaded || loaded.year !== year || !unit) return null;
    const closed = new Set(loaded.periods.filter((p) => p.closed).map((p) => p.period));
    return monthsOf(year).map((period) => ({
      period,
      payroll: loaded.payroll.find((p) => p.unitId === unit.id && p.period === period) ?? null,
      closed: closed.has(period),
    }));
  }, [loaded, year, unit]);
  const columnDefs = useMemo(() => payrollColumns(t), [t]);

  function open(row: PayrollMonthRow) {
    if (row.closed) notify({ kind: 'ok', key: 'allocation.payroll.closedMonth', values: { period: row.period } });
    else setEditing(row);
  }

  return (
    <div className="bk-view" data-testid="allocation-payroll">
      <div className="toolbar" role="toolbar" aria-label={t('allocation.tabs.payroll')}>
        <label className="bk-toolbar__label" htmlFor="allocation-unit">
          {t('allocation.units.unit')}
        </label>
        <select
          id="allocation-unit"
          className="bk-toolbar__select"
          value={unit?.id ?? ''}
          onChange={(e) => setUnitId(Number(e.target.value))}
          disabled={units.length === 0}
          data-testid="allocation-unit"
        >
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        {can('allocation.units.create') ? (
          <button type="button" className="btn" onClick={() => setAddingUnit(true)} data-testid="allocation-unit-add">
            <span aria-hidden="true">＋</span> {t('allocation.units.add')}
          </button>
        ) : null}
        {canEdit ? (
          <>
            <span className="toolbar__sep" />
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => selected && open(selected)}
              disabled={!selected || !unit}
              data-testid="allocation-payroll-edit"
            >
              {t('allocation.payroll.edit')}
            </button>
            <span className="page__hint">{t('allocation.payroll.editHint')}</span>
          </>
        ) : null}
      </div>
      {units.length === 0 ? (
        <p className="bk-empty" data-testid="allocation-no-units">
          {t('allocation.units.none')}
        </p>
      ) : (
        <>
          <h2 className="bk-caption">{t('allocation.payroll.caption', { unit: unit?.name ?? '', year })}</h2>
          <ListGrid<PayrollMonthRow>
            rows={rows}
            columnDefs={columnDefs}
            rowId={(r) => r.period}
            testId="allocation-payroll-grid"
            className="bk-grid--months"
            onOpen={canEdit ? open : undefined}
            onSelect={setSelected}
            rowClass={(r) => (r.closed ? 'row-closed' : undefined)}
          />
        </>
      )}
      {editing && unit ? (
        <PayrollDialog
          unit={unit}
          row={editing}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            notify({
              kind: 'ok',
              key: 'allocation.payroll.saved',
              values: {
                unit: saved.unitName,
                period: saved.period,
                amount: formatAmount(saved.payrollCents),
                expected: formatAmount(saved.expectedCents),
              },
            });
            changed();
          }}
        />
      ) : null}
      {addingUnit ? (
        <UnitDialog
          onCancel={() => setAddingUnit(false)}
          onSaved={(u) => {
            setAddingUnit(false);
            setUnitId(u.id);
            onUnitCreated(u);
            notify({ kind: 'ok', key: 'allocation.units.created', values: { name: u.name } });
          }}
        />
      ) : null}
    </div>
  );
}
