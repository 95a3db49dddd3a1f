import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerUnitDto } from '../../shared/contract';
import type { AreaProps } from '../../shell/areas';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { YearStepper } from '../../components/YearStepper';
import { todayIso } from '../../format/date';
import { PayrollView } from './PayrollView';
import { ReceiptsView } from './ReceiptsView';
import { ReconciliationView } from './ReconciliationView';
import { RemittancesView } from './RemittancesView';
import { SettingsView } from './SettingsView';
import { Tabs } from './Tabs';
import { VoucherView } from './VoucherView';
import './books.css';

const TABS = ['payroll', 'receipts', 'remittances', 'reconciliation', 'settings'] as const;
type Tab = (typeof TABS)[number];

/** What every tab of the page gets: the year, the units, where to say what happened, and the voucher viewer. */
export interface AllocationTabProps {
  year: number;
  /** The server's today (allocation.settings asOf). */
  today: string;
  units: EmployerUnitDto[];
  /** Bumped after every save, so each tab reloads what it shows. */
  version: number;
  changed(): void;
  notify(notice: NoticeValue | null): void;
  openVoucher(id: number): void;
}

/** 拨缴与上解: payroll totals, allocations received, remittances, the monthly reconciliation and the settings. */
export function AllocationPage({ info }: AreaProps) {
  const api = useApi();
  const { t } = useTranslation();
  const [today, setToday] = useState<string | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [tab, setTab] = useState<Tab>('payroll');
  const [units, setUnits] = useState<EmployerUnitDto[]>([]);
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [voucherId, setVoucherId] = useState<number | null>(null);
  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', error }), []);

  const loadUnits = useCallback(() => {
    api.call('allocation.units.list', {}).then(setUnits).catch(fail);
  }, [api, fail]);

  useEffect(() => {
    loadUnits();
    // Start on the server's current year, or on last year when only last year has figures (early in a year).
    api
      .call('allocation.settings', {})
      .then(async (s) => {
        const thisYear = Number(s.asOf.slice(0, 4));
        const [payroll, receipts] = await Promise.all([
          api.call('allocation.payroll.list', { year: thisYear }),
          api.call('allocation.receipts.list', { year: thisYear }),
        ]);
        setToday(s.asOf);
        setYear(payroll.length + receipts.length > 0 ? thisYear : thisYear - 1);
      })
      .catch((e: unknown) => {
        setToday(todayIso());
        setYear(new Date().getFullYear());
        fail(e);
      });
  }, [api, fail, loadUnits]);

  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const shared: AllocationTabProps | null =
    year !== null && today !== null
      ? { year, today, units, version, changed, notify: setNotice, openVoucher: setVoucherId }
      : null;

  return (
    <section className="page bk-page" aria-labelledby="allocation-title" data-testid="allocation-page">
      <header className="page__header">
        <h1 id="allocation-title" className="page__title">
          {t('allocation.title')}
        </h1>
        {year !== null ? (
          <YearStepper
            year={year}
            onChange={(y) => {
              setYear(y);
              setNotice(null);
            }}
            label={t('allocation.year')}
            prevLabel={t('allocation.prevYear')}
            nextLabel={t('allocation.nextYear')}
            testIdPrefix="allocation"
          />
        ) : null}
        <Tabs<Tab>
          ids={TABS}
          current={tab}
          label={t('allocation.title')}
          text={(id) => t(`allocation.tabs.${id}`)}
          onSelect={setTab}
          testIdPrefix="allocation"
        />
      </header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="allocation-notice" />
      {shared === null ? <p className="page__hint">{t('common.loading')}</p> : null}
      {shared && tab === 'payroll' ? (
        <PayrollView
          {...shared}
          onUnitCreated={(u) => {
            setUnits((us) => [...us, u]);
            loadUnits();
          }}
        />
      ) : null}
      {shared && tab === 'receipts' ? <ReceiptsView {...shared} /> : null}
      {shared && tab === 'remittances' ? <RemittancesView {...shared} /> : null}
      {shared && tab === 'reconciliation' ? (
        <ReconciliationView {...shared} union={info.ledger?.unionName ?? ''} />
      ) : null}
      {shared && tab === 'settings' ? <SettingsView {...shared} /> : null}
      {voucherId !== null ? <VoucherView voucherId={voucherId} onClose={() => setVoucherId(null)} /> : null}
    </section>
  );
}
