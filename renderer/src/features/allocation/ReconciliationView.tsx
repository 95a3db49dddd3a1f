import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECON_FLAGS, type Reconciliation } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { ListGrid } from '../../components/ListGrid';
import { formatAmount } from '../../format/money';
import type { AllocationTabProps } from './AllocationPage';
import { reconColumns } from './recon-columns';
import { reconRows, type ReconRow } from './recon-rows';
import { ReconciliationPrint } from './ReconciliationPrint';

/**
 * 拨缴经费对账: per month (and unit), payroll → expected → received → kept → owed upward → remitted →
 * outstanding, with the API's flags in colour and a legend. Printable (A4 landscape, every row).
 */
export function ReconciliationView({ year, version, notify, union }: AllocationTabProps & { union: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [loaded, setLoaded] = useState<Reconciliation | null>(null);

  useEffect(() => {
    let live = true;
    api
      .call('allocation.reconciliation', { year })
      .then((r) => live && setLoaded(r))
      .catch((error: unknown) => live && notify({ kind: 'error', error }));
    return () => {
      live = false;
    };
  }, [api, year, version, notify]);

  const recon = loaded?.year === year ? loaded : null;
  const built = useMemo(() => (recon ? reconRows(recon) : null), [recon]);
  const manyUnits = built?.rows.some((r) => r.kind === 'unit') ?? false;
  const oneModel =
    !!recon &&
    recon.months.every((m) => m.model === recon.months[0]?.model) &&
    !recon.months.some((m) => m.flags.includes('model_mismatch'));
  const allocationIsExpected = !!recon && recon.months.every((m) => m.allocationCents === m.expectedCents);
  const columnDefs = useMemo(
    () => reconColumns(t, { manyUnits, oneModel, allocationIsExpected }),
    [t, manyUnits, oneModel, allocationIsExpected],
  );
  const model = oneModel && recon?.months[0] ? recon.months[0].model : null;
  const bottomRows = useMemo(() => (built ? [built.total] : undefined), [built]);
  const present = RECON_FLAGS.filter((f) => (recon?.flagCounts[f] ?? 0) > 0);

  return (
    <div className="bk-view bk-recon" data-testid="allocation-recon">
      <div className="toolbar" role="toolbar" aria-label={t('allocation.tabs.reconciliation')}>
        <strong className="bk-recon__title">{t('allocation.recon.title', { year })}</strong>
        <span className="page__hint">{recon ? t('allocation.recon.asOf', { date: recon.asOf }) : ''}</span>
        {model ? (
          <span className="bk-owed" data-testid="allocation-recon-model">
            {t('allocation.recon.modelAll', { model: t(`allocation.models.${model}`) })}
          </span>
        ) : null}
        <span className="bk-owed" data-testid="allocation-recon-owed">
          {recon ? t('allocation.recon.owed', { amount: formatAmount(recon.owedCents) }) : ''}
        </span>
        <div className="toolbar__spacer" />
        <button
          type="button"
          className="btn"
          onClick={() => window.print()}
          disabled={!recon}
          data-testid="allocation-recon-print-button"
        >
          {t('allocation.recon.print')}
        </button>
      </div>
      <div className="bk-legend" data-testid="allocation-recon-legend">
        <span className="bk-legend__title">{t('allocation.recon.legend')}</span>
        {RECON_FLAGS.map((f) => (
          <span key={f} className="bk-legend__item" title={t(`allocation.recon.flagHelp.${f}`)}>
            <span className={`bk-flag flag-${f}`}>{t(`allocation.flags.${f}`)}</span>
            <span className="bk-legend__help">
              {t(`allocation.recon.flagHelp.${f}`)}
              {recon && (recon.flagCounts[f] ?? 0) > 0 ? (
                <strong data-testid={`allocation-recon-count-${f}`}>
                  {t('allocation.recon.months', { count: recon.flagCounts[f] })}
                </strong>
              ) : null}
            </span>
          </span>
        ))}
        {recon && present.length === 0 ? <span className="bk-legend__ok">{t('allocation.recon.noFlags')}</span> : null}
      </div>
      <ListGrid<ReconRow>
        rows={built?.rows ?? null}
        columnDefs={columnDefs}
        rowId={(r) => r.id}
        testId="allocation-recon-grid"
        className="bk-recon__grid"
        bottomRows={bottomRows}
        rowClass={(r) => (r.kind === 'unit' ? 'row-unit' : r.flags.includes('missing') ? 'row-missing' : undefined)}
      />
      {recon && built ? (
        <ReconciliationPrint recon={recon} rows={built.rows} total={built.total} union={union} />
      ) : null}
    </div>
  );
}
