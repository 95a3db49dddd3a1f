import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncomeDto, ProjectDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { ListGrid } from '../../components/ListGrid';
import { Notice, type NoticeValue } from '../../components/Notice';
import { YearStepper } from '../../components/YearStepper';
import { todayIso } from '../../format/date';
import { formatAmount } from '../../format/money';
import { VoucherView } from '../allocation/VoucherView';
import { incomeColumns } from './income-columns';
import { IncomeForm } from './IncomeForm';
import { IfCan } from '../../components/IfCan';
import '../allocation/books.css';

/** 其他收入: the year's other income with voucher labels, and the form that records one. */
export function IncomePage() {
  const api = useApi();
  const { t } = useTranslation();
  const [today] = useState(todayIso);
  const [year, setYear] = useState<number | null>(null);
  const [loaded, setLoaded] = useState<{ year: number; rows: IncomeDto[] } | null>(null);
  const [projects, setProjects] = useState<ProjectDto[]>([]);
  const [adding, setAdding] = useState(false);
  const [lastId, setLastId] = useState<number | null>(null);
  const [voucherId, setVoucherId] = useState<number | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', error }), []);

  useEffect(() => {
    api.call('projects.list', {}).then(setProjects).catch(fail);
    // This year, or last year when only last year has income (early in a year, or the demo ledger).
    const thisYear = Number(today.slice(0, 4));
    api
      .call('income.list', { year: thisYear })
      .then(async (mine) => {
        if (mine.length > 0) return setYear(thisYear);
        const last = await api.call('income.list', { year: thisYear - 1 });
        setYear(last.length > 0 ? thisYear - 1 : thisYear);
      })
      .catch((e: unknown) => {
        setYear(thisYear);
        fail(e);
      });
  }, [api, fail, today]);

  const load = useCallback(
    (y: number) => {
      api
        .call('income.list', { year: y })
        .then((rows) => setLoaded({ year: y, rows }))
        .catch(fail);
    },
    [api, fail],
  );
  useEffect(() => {
    if (year !== null) load(year);
  }, [year, load]);

  const modalOpen = adding || voucherId !== null;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN' && !modalOpen && year !== null) {
        e.preventDefault();
        setAdding(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [modalOpen, year]);

  const rows = loaded && loaded.year === year ? loaded.rows : null;
  const columnDefs = useMemo(() => incomeColumns(t), [t]);

  return (
    <section className="page bk-page" aria-labelledby="income-title" data-testid="income-page">
      <header className="page__header">
        <h1 id="income-title" className="page__title">
          {t('income.title')}
        </h1>
        {year !== null ? (
          <YearStepper
            year={year}
            onChange={setYear}
            label={t('income.year')}
            prevLabel={t('income.prevYear')}
            nextLabel={t('income.nextYear')}
            testIdPrefix="income"
          />
        ) : null}
      </header>
      <div className="toolbar" role="toolbar" aria-label={t('income.title')}>
        <IfCan method="income.record">
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => setAdding(true)}
            disabled={year === null}
            data-testid="income-add"
          >
            <span aria-hidden="true">＋</span> {t('income.record')}
          </button>
        </IfCan>
        <span className="page__hint">{t('income.openHint')}</span>
        <div className="toolbar__spacer" />
        <span className="toolbar__count" data-testid="income-count">
          {rows ? t('income.count', { count: rows.length }) : ''}
        </span>
      </div>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="income-notice" />
      {year !== null ? <h2 className="bk-caption">{t('income.caption', { year })}</h2> : null}
      <ListGrid<IncomeDto>
        rows={rows}
        columnDefs={columnDefs}
        rowId={(r) => String(r.id)}
        testId="income-grid"
        onOpen={(r) => setVoucherId(r.voucherId)}
        rowClass={(r) => (r.id === lastId ? 'row-just-saved' : undefined)}
      />
      {adding && year !== null ? (
        <IncomeForm
          defaultDate={today.startsWith(`${year}-`) ? today : `${year}-12-31`}
          projects={projects}
          onProjectCreated={(p) => {
            setProjects((ps) => [...ps, p]);
            setNotice({ kind: 'ok', key: 'income.form.projectCreated', values: { name: p.name } });
          }}
          onCancel={() => setAdding(false)}
          onSaved={(r) => {
            setAdding(false);
            setLastId(r.id);
            setNotice({
              kind: 'ok',
              key: 'income.saved',
              values: {
                kind: `${r.accountCode} ${r.accountName}`,
                amount: formatAmount(r.amountCents),
                label: r.voucherLabel,
              },
            });
            const y = Number(r.date.slice(0, 4));
            if (y === year) load(y);
            else setYear(y);
          }}
        />
      ) : null}
      {voucherId !== null ? <VoucherView voucherId={voucherId} onClose={() => setVoucherId(null)} /> : null}
    </section>
  );
}
