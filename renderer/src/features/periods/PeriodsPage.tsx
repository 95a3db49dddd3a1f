import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodStatus, YearEndPreview } from '../../shared/contract';
import type { AreaProps } from '../../shell/areas';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { YearStepper } from '../../components/YearStepper';
import { BooksVoucher } from '../ledger/open-voucher';
import { PeriodsTable } from './PeriodsTable';
import { ReopenDialog } from './ReopenDialog';
import { YearEndPanel } from './YearEndPanel';
import '../ledger/ledger.css';
import './periods.css';

/** 期间与结账: close months in order, reopen the last closed one with a reason, and the year-end closing. */
export function PeriodsPage(_props: AreaProps) {
  const api = useApi();
  const { t } = useTranslation();
  const [year, setYear] = useState<number | null>(null);
  const [loaded, setLoaded] = useState<{ year: number; periods: PeriodStatus[]; preview: YearEndPreview } | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [reopening, setReopening] = useState<string | null>(null);
  const [voucherId, setVoucherId] = useState<number | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', error }), []);

  useEffect(() => {
    api
      .call('ledger.span', {})
      .then((s) => setYear(Number((s.lastPeriod ?? s.today).slice(0, 4))))
      .catch((e: unknown) => {
        setYear(new Date().getFullYear());
        fail(e);
      });
  }, [api, fail]);

  useEffect(() => {
    if (year === null) return;
    let live = true;
    Promise.all([api.call('periods.list', { year }), api.call('periods.yearEndPreview', { year })])
      .then(([periods, preview]) => live && setLoaded({ year, periods, preview }))
      .catch((e: unknown) => live && fail(e));
    return () => {
      live = false;
    };
  }, [api, fail, year, version]);

  const current = loaded && loaded.year === year ? loaded : null;
  const reload = () => setVersion((v) => v + 1);

  async function closeMonth(period: string) {
    setBusy(true);
    try {
      await api.call('periods.close', { period });
      setNotice({ kind: 'ok', key: 'periods.closed', values: { period } });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
      reload();
    }
  }

  async function reopen(period: string, reason: string) {
    await api.call('periods.reopen', { period, reason });
    setReopening(null);
    setNotice({ kind: 'ok', key: 'periods.reopened', values: { period } });
    reload();
  }

  async function runYearEnd() {
    if (year === null) return;
    setBusy(true);
    try {
      const r = await api.call('periods.closeYear', { year });
      setNotice({
        kind: 'ok',
        key: 'periods.yearEnd.done',
        values: { year: String(year), count: String(r.closingVoucherIds.length) },
      });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
      reload();
    }
  }

  return (
    <section className="page page--scroll pd-page" aria-labelledby="periods-title" data-testid="periods-page">
      <header className="page__header">
        <h1 id="periods-title" className="page__title">
          {t('periods.title')}
        </h1>
        {year !== null ? (
          <YearStepper
            year={year}
            onChange={(y) => {
              setYear(y);
              setNotice(null);
            }}
            label={t('periods.year')}
            prevLabel={t('periods.prevYear')}
            nextLabel={t('periods.nextYear')}
            testIdPrefix="periods"
          />
        ) : null}
      </header>
      <p className="page__hint pd-intro">{t('periods.intro')}</p>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="periods-notice" />
      {current ? (
        <>
          <PeriodsTable
            periods={current.periods}
            yearClosed={current.preview.closed !== null}
            busy={busy}
            onClose={(p) => void closeMonth(p)}
            onReopen={setReopening}
          />
          <YearEndPanel preview={current.preview} busy={busy} onRun={runYearEnd} openVoucher={setVoucherId} />
        </>
      ) : (
        <p className="page__hint">{t('common.loading')}</p>
      )}
      {reopening ? (
        <ReopenDialog
          period={reopening}
          onConfirm={(reason) => reopen(reopening, reason)}
          onClose={() => setReopening(null)}
        />
      ) : null}
      {voucherId !== null ? <BooksVoucher voucherId={voucherId} onClose={() => setVoucherId(null)} /> : null}
    </section>
  );
}
