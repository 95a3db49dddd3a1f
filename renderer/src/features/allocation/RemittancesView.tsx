import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reconciliation } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { ListGrid } from '../../components/ListGrid';
import { formatAmount } from '../../format/money';
import type { AllocationTabProps } from './AllocationPage';
import { remittanceColumns, type RemittanceRow } from './receipt-columns';
import { RemitDialog } from './RemitDialog';
import { IfCan } from '../../components/IfCan';

interface Loaded {
  year: number;
  rows: RemittanceRow[];
  owedCents: number;
  recon: Reconciliation;
}

/** 上解: what is owed upward on 211, the year's remittances with their vouchers, and the remit form. */
export function RemittancesView({ year, today, version, changed, notify, openVoucher }: AllocationTabProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [remitting, setRemitting] = useState(false);
  const [lastId, setLastId] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.call('allocation.remittances.list', { year }), api.call('allocation.reconciliation', { year })])
      .then(([list, recon]) => live && setLoaded({ year, rows: list.rows, owedCents: list.owedCents, recon }))
      .catch((error: unknown) => live && notify({ kind: 'error', error }));
    return () => {
      live = false;
    };
  }, [api, year, version, notify]);

  const current = loaded?.year === year ? loaded : null;
  const columnDefs = useMemo(() => remittanceColumns(t), [t]);

  return (
    <div className="bk-view" data-testid="allocation-remittances">
      <div className="toolbar" role="toolbar" aria-label={t('allocation.tabs.remittances')}>
        <IfCan method="allocation.remit">
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => setRemitting(true)}
            disabled={!current}
            data-testid="allocation-remit"
          >
            {t('allocation.remit.button')}
          </button>
        </IfCan>
        <span className="bk-owed">
          {t('allocation.remit.owed')}
          <strong className="bk-owed__amount" data-testid="allocation-owed">
            {current ? formatAmount(current.owedCents) : ''}
          </strong>
        </span>
        <span className="page__hint">{t('allocation.receipts.openHint')}</span>
        <div className="toolbar__spacer" />
        <span className="toolbar__count" data-testid="allocation-remittances-count">
          {current ? t('allocation.receipts.count', { count: current.rows.length }) : ''}
        </span>
      </div>
      <h2 className="bk-caption">{t('allocation.remittances.caption', { year })}</h2>
      <ListGrid<RemittanceRow>
        rows={current?.rows ?? null}
        columnDefs={columnDefs}
        rowId={(r) => String(r.id)}
        testId="allocation-remittances-grid"
        onOpen={(r) => openVoucher(r.voucherId)}
        rowClass={(r) => (r.id === lastId ? 'row-just-saved' : undefined)}
      />
      {remitting && current ? (
        <RemitDialog
          year={year}
          today={today}
          owedCents={current.owedCents}
          recon={current.recon}
          onCancel={() => setRemitting(false)}
          onSaved={(r) => {
            setRemitting(false);
            setLastId(r.id);
            notify({
              kind: 'ok',
              key: 'allocation.remit.saved',
              values: {
                amount: formatAmount(r.amountCents),
                period: r.period,
                label: r.voucherLabel,
                owed: formatAmount(r.owedAfterCents),
              },
            });
            changed();
          }}
        />
      ) : null}
    </div>
  );
}
