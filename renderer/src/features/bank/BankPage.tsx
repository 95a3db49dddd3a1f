import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDto, BankMatchDto, BankReconciliation, ExportFormat, ReportDocument } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { useExport } from '../../api/download';
import { Notice, type NoticeValue } from '../../components/Notice';
import { formatAmount } from '../../format/money';
import { todayIso } from '../../format/date';
import { ImportWorkbench } from '../import/ImportWorkbench';
import { ReportView } from '../reports/ReportView';
import { IfCan } from '../../components/IfCan';
import '../import/import.css';
import '../reports/reports.css';

type Item = BankReconciliation['bank']['depositsInTransit'][number];

/** Last month, the one usually reconciled (the statement arrives after the month ends). */
function lastMonth(): string {
  const [y, m] = todayIso().split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * 银行对账: import a statement inline, match a month (exact, then within a window of days), the pairs made, what
 * is on one side only, the 银行存款余额调节表 on screen and as xlsx / PDF, and the month's lock.
 */
export function BankPage() {
  const api = useApi();
  const { t } = useTranslation();
  const [month, setMonth] = useState(lastMonth);
  const [accountCode, setAccountCode] = useState('102');
  const [accounts, setAccounts] = useState<AccountDto[]>([]);
  const [windowDays, setWindowDays] = useState(5);
  const [importing, setImporting] = useState(false);
  const [rec, setRec] = useState<BankReconciliation | null>(null);
  const [doc, setDoc] = useState<ReportDocument | null>(null);
  const [pairs, setPairs] = useState<BankMatchDto[]>([]);
  const [working, setWorking] = useState<'match' | 'lock' | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [version, setVersion] = useState(0);
  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', error }), []);
  const { busy, run } = useExport(fail);

  useEffect(() => {
    api
      .call('accounts.list', {})
      .then((list) => {
        const banks = list.filter((a) => a.code.startsWith('102') && a.isLeaf && a.enabled);
        setAccounts(banks);
        if (banks.length && !banks.some((a) => a.code === '102')) setAccountCode(banks[0]!.code);
      })
      .catch(fail);
  }, [api, fail]);

  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  useEffect(() => {
    if (!valid) return;
    let live = true;
    const input = { month, accountCode };
    Promise.all([
      api.call('bank.reconciliation', input),
      api.call('bank.reconciliation.document', input),
      api.call('bank.matches', input),
    ])
      .then(([r, d, m]) => {
        if (!live) return;
        setRec(r);
        setDoc(d);
        setPairs(m);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setRec(null);
        setDoc(null);
        setPairs([]);
        fail(e);
      });
    return () => {
      live = false;
    };
  }, [api, fail, month, accountCode, valid, version]);

  async function match() {
    setWorking('match');
    setNotice(null);
    try {
      const r = await api.call('bank.match', { month, accountCode, windowDays });
      setNotice({ kind: 'ok', key: 'bank.matched', values: { exact: String(r.exact), window: String(r.window) } });
      setVersion((v) => v + 1);
    } catch (e) {
      fail(e);
    } finally {
      setWorking(null);
    }
  }

  async function lock() {
    setWorking('lock');
    setNotice(null);
    try {
      await api.call('bank.lock', { month, accountCode });
      setNotice({ kind: 'ok', key: 'bank.locked', values: { month } });
      setVersion((v) => v + 1);
    } catch (e) {
      fail(e);
    } finally {
      setWorking(null);
    }
  }

  async function exportAs(format: ExportFormat) {
    const f = await run('bank.reconciliation.export', { month, accountCode, format }, format);
    if (f) setNotice({ kind: 'ok', key: 'bank.exported', values: { name: f.fileName } });
  }

  const locked = rec?.state === 'locked';
  const unmatchedBank: (Item & { sign: 1 | -1 })[] = rec
    ? [
        ...rec.book.bankCreditsNotBooked.map((i) => ({ ...i, sign: 1 as const })),
        ...rec.book.bankDebitsNotBooked.map((i) => ({ ...i, sign: -1 as const })),
      ].sort((a, b) => a.date.localeCompare(b.date))
    : [];
  const unmatchedBook: (Item & { sign: 1 | -1 })[] = rec
    ? [
        ...rec.bank.depositsInTransit.map((i) => ({ ...i, sign: 1 as const })),
        ...rec.bank.outstandingPayments.map((i) => ({ ...i, sign: -1 as const })),
      ].sort((a, b) => a.date.localeCompare(b.date))
    : [];

  return (
    <section className="page page--scroll" aria-labelledby="bank-title" data-testid="bank-page">
      <header className="page__header">
        <h1 id="bank-title" className="page__title">
          {t('bank.title')}
        </h1>
        <span className="page__hint">{t('bank.hint')}</span>
      </header>
      <div className="toolbar im-toolbar" role="toolbar" aria-label={t('bank.title')}>
        <label className="im-field">
          <span>{t('bank.month')}</span>
          <input type="month" value={month} onChange={(e) => setMonth(e.target.value)} data-testid="bank-month" />
        </label>
        <label className="im-field">
          <span>{t('bank.account')}</span>
          <select value={accountCode} onChange={(e) => setAccountCode(e.target.value)} data-testid="bank-account">
            {(accounts.length ? accounts : [{ code: '102', name: '银行存款' }]).map((a) => (
              <option key={a.code} value={a.code}>
                {a.code} {a.name}
              </option>
            ))}
          </select>
        </label>
        <IfCan method="bank.match">
          <label className="im-field">
            <span>{t('bank.windowDays')}</span>
            <input
              type="number"
              min={0}
              max={31}
              value={windowDays}
              onChange={(e) => setWindowDays(Math.max(0, Math.min(31, Number(e.target.value) || 0)))}
              style={{ width: 56 }}
              data-testid="bank-window"
            />
          </label>
          <button
            type="button"
            className="btn btn--primary"
            disabled={!valid || locked || working !== null}
            onClick={() => void match()}
            data-testid="bank-match"
          >
            {working === 'match' ? t('bank.matching') : t('bank.match')}
          </button>
        </IfCan>
        <IfCan method="import.commit">
          <button
            type="button"
            className="btn"
            aria-expanded={importing}
            onClick={() => setImporting((x) => !x)}
            data-testid="bank-import-toggle"
          >
            {t('bank.importStatement')}
          </button>
        </IfCan>
        <span className="toolbar__spacer" />
        <button
          type="button"
          className="btn"
          disabled={!doc || busy !== null}
          onClick={() => void exportAs('xlsx')}
          data-testid="bank-export-xlsx"
        >
          {busy === 'xlsx' ? t('bank.busy') : t('bank.exportXlsx')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={!doc || busy !== null}
          onClick={() => void exportAs('pdf')}
          data-testid="bank-export-pdf"
        >
          {busy === 'pdf' ? t('bank.busy') : t('bank.exportPdf')}
        </button>
        <IfCan method="bank.lock">
          <button
            type="button"
            className="btn"
            disabled={!rec || locked || rec.state !== 'reconciled' || working !== null}
            onClick={() => void lock()}
            data-testid="bank-lock"
          >
            {t('bank.lock')}
          </button>
        </IfCan>
      </div>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="bank-notice" />
      {importing ? (
        <section className="panel">
          <ImportWorkbench
            fixedKind="bank"
            testIdPrefix="bank-import"
            onImported={() => {
              setVersion((v) => v + 1);
            }}
          />
        </section>
      ) : null}
      {rec ? (
        <p data-testid="bank-summary">
          <span className={`bk-rec-state bk-rec-state--${rec.state}`} data-testid="bank-state">
            {t(`bank.state.${rec.state}`)}
          </span>{' '}
          {t('bank.summary', {
            lines: rec.statementLines,
            matched: rec.matched,
            difference: formatAmount(rec.differenceCents),
          })}
        </p>
      ) : null}
      <section className="panel">
        <div className="panel__title">{t('bank.pairs', { count: pairs.length })}</div>
        {pairs.length === 0 ? (
          <p className="panel__empty">{t('bank.none')}</p>
        ) : (
          <div className="im-scroll">
            <table className="im-table" data-testid="bank-pairs">
              <thead>
                <tr>
                  <th>{t('bank.cols.bankDate')}</th>
                  <th>{t('bank.cols.bookDate')}</th>
                  <th className="num">{t('bank.cols.amount')}</th>
                  <th>{t('bank.cols.voucher')}</th>
                  <th>{t('bank.cols.summary')}</th>
                  <th>{t('bank.cols.counterparty')}</th>
                  <th>{t('bank.cols.method')}</th>
                  <th className="num">{t('bank.cols.gap')}</th>
                </tr>
              </thead>
              <tbody>
                {pairs.map((p) => (
                  <tr key={p.id} data-method={p.method}>
                    <td>{p.statementLine.date}</td>
                    <td>{p.bookLine.date}</td>
                    <td className="num">{formatAmount(p.statementLine.amountCents)}</td>
                    <td>{p.bookLine.voucherLabel}</td>
                    <td>{p.bookLine.summary}</td>
                    <td>{p.statementLine.counterparty}</td>
                    <td>{t(`bank.methods.${p.method}`)}</td>
                    <td className="num">{p.dayGap}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <div className="bk-rec-lists">
        <OneSide
          title={t('bank.unmatchedBank', { count: unmatchedBank.length })}
          items={unmatchedBank}
          testId="bank-unmatched-bank"
        />
        <OneSide
          title={t('bank.unmatchedBook', { count: unmatchedBook.length })}
          items={unmatchedBook}
          testId="bank-unmatched-book"
        />
      </div>
      {doc ? (
        <section className="bk-rec-paper" aria-label={t('bank.table')}>
          <ReportView doc={doc} testId="bank-table" />
        </section>
      ) : null}
    </section>
  );
}

function OneSide({
  title,
  items,
  testId,
}: {
  title: string;
  items: readonly (Item & { sign: 1 | -1 })[];
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel">
      <div className="panel__title">{title}</div>
      {items.length === 0 ? (
        <p className="panel__empty">{t('bank.none')}</p>
      ) : (
        <table className="im-table" data-testid={testId}>
          <thead>
            <tr>
              <th>{t('bank.cols.date')}</th>
              <th className="num">{t('bank.cols.amount')}</th>
              <th>{t('bank.cols.summary')}</th>
              <th>{t('bank.cols.counterparty')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={`${i.side}-${i.id}`}>
                <td>{i.date}</td>
                <td className="num">{formatAmount(i.sign * i.amountCents)}</td>
                <td>{[i.voucherLabel, i.summary].filter(Boolean).join(' ')}</td>
                <td>{i.counterparty}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
