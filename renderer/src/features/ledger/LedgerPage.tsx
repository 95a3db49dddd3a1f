import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDto } from '../../shared/contract';
import type { AreaProps } from '../../shell/areas';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { YearStepper } from '../../components/YearStepper';
import { Tabs } from '../allocation/Tabs';
import { DetailLedgerView } from './DetailLedgerView';
import { GeneralLedgerView } from './GeneralLedgerView';
import { MONTHS, monthRangeDates } from './ledger-format';
import { BooksVoucher } from './open-voucher';
import { TrialBalanceView, type TbFilters } from './TrialBalanceView';
import './ledger.css';

const TABS = ['trial', 'general', 'detail'] as const;
type Tab = (typeof TABS)[number];

/**
 * 账簿查询: 科目余额表, 总账 and 明细账 over one year's month range, shared by the three tabs. An account opened
 * from the trial balance keeps the range; a month opened from the 总账 narrows the 明细账 to that month.
 */
export function LedgerPage({ info }: AreaProps) {
  const api = useApi();
  const { t } = useTranslation();
  const [year, setYear] = useState<number | null>(null);
  const [months, setMonths] = useState({ from: 1, to: 12 });
  const [tab, setTab] = useState<Tab>('trial');
  const [code, setCode] = useState<string | null>(null);
  const [dates, setDates] = useState<{ from: string; to: string } | null>(null);
  const [filters, setFilters] = useState<TbFilters>({ maxLevel: null, hideZero: true });
  const [accounts, setAccounts] = useState<AccountDto[]>([]);
  const [voucherId, setVoucherId] = useState<number | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', error }), []);

  useEffect(() => {
    api.call('accounts.list', {}).then(setAccounts).catch(fail);
    // Start on the year of the latest posting (early in a year the books are still last year's).
    api
      .call('ledger.span', {})
      .then((s) => setYear(Number((s.lastPeriod ?? s.today).slice(0, 4))))
      .catch((e: unknown) => {
        setYear(new Date().getFullYear());
        fail(e);
      });
  }, [api, fail]);

  const union = info.ledger?.unionName ?? '';
  const range = year !== null ? (dates ?? monthRangeDates(year, months.from, months.to)) : null;

  function changeMonths(next: { from: number; to: number }) {
    setMonths(next);
    setDates(null);
  }

  function openAccount(c: string, view: 'detail' | 'general') {
    setCode(c);
    setDates(null);
    setTab(view);
  }

  return (
    <section className="page lg-page" aria-labelledby="ledger-title" data-testid="ledger-page">
      <header className="page__header">
        <h1 id="ledger-title" className="page__title">
          {t('ledger.title')}
        </h1>
        {year !== null ? (
          <>
            <YearStepper
              year={year}
              onChange={(y) => {
                setYear(y);
                setDates(null);
              }}
              label={t('ledger.year')}
              prevLabel={t('ledger.prevYear')}
              nextLabel={t('ledger.nextYear')}
              testIdPrefix="ledger"
            />
            <div className="lg-months" role="group" aria-label={t('ledger.months')}>
              <select
                className="lg-toolbar__select"
                aria-label={t('ledger.fromMonth')}
                value={months.from}
                onChange={(e) => {
                  const from = Number(e.target.value);
                  changeMonths({ from, to: Math.max(from, months.to) });
                }}
                data-testid="ledger-from-month"
              >
                {MONTHS.map((m) => (
                  <option key={m} value={m}>
                    {t('ledger.month', { month: m })}
                  </option>
                ))}
              </select>
              <span>{t('ledger.monthTo')}</span>
              <select
                className="lg-toolbar__select"
                aria-label={t('ledger.toMonth')}
                value={months.to}
                onChange={(e) => {
                  const to = Number(e.target.value);
                  changeMonths({ from: Math.min(months.from, to), to });
                }}
                data-testid="ledger-to-month"
              >
                {MONTHS.map((m) => (
                  <option key={m} value={m}>
                    {t('ledger.month', { month: m })}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : null}
        <Tabs<Tab>
          ids={TABS}
          current={tab}
          label={t('ledger.title')}
          text={(id) => t(`ledger.tabs.${id}`)}
          onSelect={setTab}
          testIdPrefix="ledger"
        />
      </header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="ledger-notice" />
      {year === null || range === null ? <p className="page__hint">{t('ledger.loading')}</p> : null}
      {year !== null && tab === 'trial' ? (
        <TrialBalanceView
          year={year}
          from={months.from}
          to={months.to}
          union={union}
          filters={filters}
          onFilters={setFilters}
          onOpen={openAccount}
        />
      ) : null}
      {year !== null && tab === 'general' ? (
        <GeneralLedgerView
          year={year}
          from={months.from}
          to={months.to}
          code={code}
          accounts={accounts}
          union={union}
          onPickAccount={setCode}
          onOpenMonth={(period) => {
            const m = Number(period.slice(5));
            setDates(monthRangeDates(year, m, m));
            setTab('detail');
          }}
        />
      ) : null}
      {range !== null && tab === 'detail' ? (
        <DetailLedgerView
          code={code}
          from={range.from}
          to={range.to}
          accounts={accounts}
          union={union}
          onPickAccount={setCode}
          onRange={setDates}
          openVoucher={setVoucherId}
        />
      ) : null}
      {voucherId !== null ? <BooksVoucher voucherId={voucherId} onClose={() => setVoucherId(null)} /> : null}
    </section>
  );
}
