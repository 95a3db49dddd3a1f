import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceiptDto, Reconciliation } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { ListGrid } from '../../components/ListGrid';
import { formatAmount } from '../../format/money';
import type { AllocationTabProps } from './AllocationPage';
import { receiptColumns } from './receipt-columns';
import { ReceiveDialog } from './ReceiveDialog';
import { IfCan } from '../../components/IfCan';

/** 收到拨缴经费: the year's receipts with their split and voucher; the receive form. */
export function ReceiptsView({ year, today, units, version, changed, notify, openVoucher }: AllocationTabProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [loaded, setLoaded] = useState<{ year: number; receipts: ReceiptDto[]; recon: Reconciliation } | null>(null);
  const [receiving, setReceiving] = useState(false);
  const [lastId, setLastId] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.call('allocation.receipts.list', { year }), api.call('allocation.reconciliation', { year })])
      .then(([receipts, recon]) => live && setLoaded({ year, receipts, recon }))
      .catch((error: unknown) => live && notify({ kind: 'error', error }));
    return () => {
      live = false;
    };
  }, [api, year, version, notify]);

  const current = loaded?.year === year ? loaded : null;
  const columnDefs = useMemo(() => receiptColumns(t), [t]);

  return (
    <div className="bk-view" data-testid="allocation-receipts">
      <div className="toolbar" role="toolbar" aria-label={t('allocation.tabs.receipts')}>
        <IfCan method="allocation.receive">
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => setReceiving(true)}
            disabled={units.length === 0}
            title={units.length === 0 ? t('allocation.receive.needUnit') : undefined}
            data-testid="allocation-receive"
          >
            <span aria-hidden="true">＋</span> {t('allocation.receive.button')}
          </button>
        </IfCan>
        <span className="page__hint">{t('allocation.receipts.openHint')}</span>
        <div className="toolbar__spacer" />
        <span className="toolbar__count" data-testid="allocation-receipts-count">
          {current ? t('allocation.receipts.count', { count: current.receipts.length }) : ''}
        </span>
      </div>
      <h2 className="bk-caption">{t('allocation.receipts.caption', { year })}</h2>
      <ListGrid<ReceiptDto>
        rows={current?.receipts ?? null}
        columnDefs={columnDefs}
        rowId={(r) => String(r.id)}
        testId="allocation-receipts-grid"
        onOpen={(r) => openVoucher(r.voucherId)}
        rowClass={(r) => (r.id === lastId ? 'row-just-saved' : undefined)}
      />
      {receiving ? (
        <ReceiveDialog
          year={year}
          today={today}
          units={units}
          recon={current?.recon ?? null}
          onCancel={() => setReceiving(false)}
          onSaved={(r) => {
            setReceiving(false);
            setLastId(r.id);
            notify({
              kind: 'ok',
              key: 'allocation.receive.saved',
              values: {
                unit: r.unitName,
                period: r.period,
                amount: formatAmount(r.amountCents),
                label: r.voucherLabel,
                retained: formatAmount(r.retainedCents),
                upper: formatAmount(r.upperCents),
              },
            });
            changed();
          }}
        />
      ) : null}
    </div>
  );
}
