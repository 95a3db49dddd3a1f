import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleDto } from '../../shared/contract';
import type { AreaProps } from '../../shell/areas';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { YearStepper } from '../../components/YearStepper';
import { Tabs } from '../allocation/Tabs';
import { BooksVoucher } from '../ledger/open-voucher';
import { FindingsView } from './FindingsView';
import { ProfileView } from './ProfileView';
import { ReviewReportView } from './ReviewReportView';
import { RulesView } from './RulesView';
import { IfCan } from '../../components/IfCan';
import '../allocation/books.css';
import './audit.css';

const TABS = ['findings', 'report', 'rules', 'profile'] as const;
type Tab = (typeof TABS)[number];

/** 审计检查 (issue 4): run the checks for a year or month, review and decide on findings, rules, policy profile. */
export function AuditPage(_props: AreaProps) {
  const api = useApi();
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('findings');
  const [year, setYear] = useState<number | null>(null);
  const [today, setToday] = useState('');
  const [month, setMonth] = useState<number | null>(null);
  const [running, setRunning] = useState(false);
  const [version, setVersion] = useState(0);
  const [rules, setRules] = useState<RuleDto[] | null>(null);
  const [voucherId, setVoucherId] = useState<number | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const onNotice = useCallback((n: NoticeValue) => setNotice(n), []);

  useEffect(() => {
    api
      .call('ledger.span', {})
      .then((s) => {
        setToday(s.today);
        setYear(Number((s.lastPeriod ?? s.today).slice(0, 4)));
      })
      .catch((error: unknown) => setNotice({ kind: 'error', error }));
    api
      .call('audit.rules', {})
      .then(setRules)
      .catch((error: unknown) => setNotice({ kind: 'error', error }));
  }, [api]);

  async function run() {
    if (year === null) return;
    setRunning(true);
    setNotice(null);
    try {
      const s = await api.call('audit.run', month === null ? { year } : { year, month });
      setNotice({
        kind: 'ok',
        key: 'audit.ran',
        values: {
          rules: String(s.rulesRun),
          found: String(s.found),
          added: String(s.newFindings),
          resolved: String(s.resolved),
        },
      });
      setVersion((v) => v + 1);
      setTab('findings');
    } catch (error) {
      setNotice({ kind: 'error', error });
    } finally {
      setRunning(false);
    }
  }

  return (
    <section className="page au-page" aria-labelledby="audit-title" data-testid="audit-page">
      <header className="page__header">
        <h1 id="audit-title" className="page__title">
          {t('audit.title')}
        </h1>
        <Tabs<Tab>
          ids={TABS}
          current={tab}
          label={t('audit.tabs.label')}
          text={(id) => t(`audit.tabs.${id}`)}
          onSelect={setTab}
          testIdPrefix="audit"
        />
      </header>
      <div className="toolbar au-run">
        {year !== null ? (
          <YearStepper
            year={year}
            onChange={(y) => {
              setYear(y);
              setNotice(null);
            }}
            label={t('audit.year')}
            prevLabel={t('audit.prevYear')}
            nextLabel={t('audit.nextYear')}
            testIdPrefix="audit"
          />
        ) : null}
        <label className="toolbar__label">
          {t('audit.month')}
          <select
            className="toolbar__select"
            value={month ?? ''}
            onChange={(e) => setMonth(e.target.value === '' ? null : Number(e.target.value))}
            data-testid="audit-month"
          >
            <option value="">{t('audit.wholeYear')}</option>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <option key={m} value={m}>
                {t('audit.monthN', { month: m })}
              </option>
            ))}
          </select>
        </label>
        <IfCan method="audit.run">
          <button
            type="button"
            className="btn btn--primary"
            disabled={running || year === null}
            onClick={() => void run()}
            data-testid="audit-run"
          >
            {t('audit.run')}
          </button>
        </IfCan>
        {running ? (
          <span className="au-progress" role="progressbar" aria-label={t('audit.running')} data-testid="audit-progress">
            <span className="au-progress__bar" />
            {t('audit.running')}
          </span>
        ) : null}
      </div>
      <p className="page__hint">{t('audit.intro')}</p>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="audit-notice" />
      {year === null ? (
        <p className="page__hint">{t('common.loading')}</p>
      ) : tab === 'findings' ? (
        <FindingsView
          year={year}
          rules={rules ?? []}
          version={version}
          onOpenVoucher={setVoucherId}
          onNotice={onNotice}
        />
      ) : tab === 'report' ? (
        <ReviewReportView year={year} version={version} onNotice={onNotice} />
      ) : tab === 'rules' ? (
        <RulesView
          rules={rules}
          onChanged={(r) => setRules((rs) => (rs ?? []).map((x) => (x.id === r.id ? r : x)))}
          onNotice={onNotice}
        />
      ) : (
        <ProfileView today={today} onNotice={onNotice} />
      )}
      {voucherId !== null ? <BooksVoucher voucherId={voucherId} onClose={() => setVoucherId(null)} /> : null}
    </section>
  );
}
