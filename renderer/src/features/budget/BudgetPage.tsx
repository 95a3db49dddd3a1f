import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDto, BudgetDto, BudgetVersionDto, ProjectDto } from '../../shared/contract';
import type { AreaProps } from '../../shell/areas';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { formatAmount } from '../../format/money';
import { ApproveDialog } from './ApproveDialog';
import { BudgetLinesEditor, type EditorTarget } from './BudgetLinesEditor';
import { BudgetLinesGrid } from './BudgetLinesGrid';
import { budgetAccounts, linesToRows, type LineRow } from './budget-lines-values';
import { ExecutionView } from './ExecutionView';
import { VersionsTable } from './VersionsTable';
import { IfCan } from '../../components/IfCan';
import { useCan } from '../users/AuthContext';
import './budget.css';

type Tab = 'versions' | 'execution';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** 预算: a year's versions and approvals, editing lines, adjustments, and 预算执行 (budget execution). */
export function BudgetPage({ info }: AreaProps) {
  const api = useApi();
  const can = useCan();
  const { t } = useTranslation();
  const [year, setYear] = useState<number | null>(null);
  const [yearText, setYearText] = useState('');
  const [tab, setTab] = useState<Tab>('versions');
  const [versions, setVersions] = useState<BudgetVersionDto[] | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [budget, setBudget] = useState<BudgetDto | null>(null);
  const [editor, setEditor] = useState<{ target: EditorTarget; rows: LineRow[] } | null>(null);
  const [approving, setApproving] = useState<BudgetVersionDto | null>(null);
  const [accounts, setAccounts] = useState<AccountDto[]>([]);
  const [projects, setProjects] = useState<ProjectDto[]>([]);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', error }), []);

  useEffect(() => {
    api
      .call('accounts.list', {})
      .then((list) => setAccounts(budgetAccounts(list)))
      .catch(fail);
    api.call('projects.list', {}).then(setProjects).catch(fail);
    // Start on this year, or on last year when only last year has a budget (early in a year, or a demo).
    const thisYear = new Date().getFullYear();
    api
      .call('budgets.list', { year: thisYear })
      .then(async (mine) => {
        if (mine.length > 0 || thisYear - 1 < MIN_YEAR) return { y: thisYear, list: mine };
        const last = await api.call('budgets.list', { year: thisYear - 1 });
        return last.length > 0 ? { y: thisYear - 1, list: last } : { y: thisYear, list: mine };
      })
      .then(({ y, list }) => {
        setYear(y);
        setYearText(String(y));
        showVersions(list, null);
      })
      .catch(fail);
  }, [api, fail]);

  /** Show a year's versions, selecting `selectId`, else the version in force, else the newest. */
  function showVersions(list: BudgetVersionDto[], selectId: number | null) {
    setVersions(list);
    const pick = list.find((v) => v.id === selectId) ?? list.find((v) => v.isLatestApproved) ?? list.at(-1) ?? null;
    setSelectedId(pick?.id ?? null);
  }

  const reload = useCallback(
    (y: number, selectId: number | null) => {
      api
        .call('budgets.list', { year: y })
        .then((list) => showVersions(list, selectId))
        .catch(fail);
    },
    [api, fail],
  );

  useEffect(() => {
    if (selectedId === null) return;
    let live = true;
    api
      .call('budgets.get', { id: selectedId })
      .then((b) => live && setBudget(b))
      .catch((e: unknown) => live && fail(e));
    return () => {
      live = false;
    };
  }, [api, fail, selectedId, versions]);

  function goToYear(y: number) {
    if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) {
      setYearText(year === null ? '' : String(year));
      return;
    }
    setYearText(String(y));
    if (y === year) return;
    setYear(y);
    setEditor(null);
    setVersions(null);
    setBudget(null);
    setSelectedId(null);
    reload(y, null);
  }

  const selected = versions?.find((v) => v.id === selectedId) ?? null;
  const latest = versions?.at(-1) ?? null;
  const shownBudget = budget && budget.id === selectedId ? budget : null;
  const canEdit = selected !== null && selected.approvals.length === 0 && shownBudget !== null;
  const canApprove = selected !== null && selected.pendingBodies.length > 0;
  const canAdjust = latest !== null && latest.status !== 'draft';

  async function startAdjust() {
    if (!latest || year === null) return;
    try {
      const current = latest.id === shownBudget?.id ? shownBudget : await api.call('budgets.get', { id: latest.id });
      setEditor({ target: { mode: 'adjust', year, version: latest.version }, rows: linesToRows(current.lines) });
    } catch (e) {
      fail(e);
    }
  }

  return (
    <section className="page budget-page" aria-labelledby="budget-title" data-testid="budget-page">
      <header className="page__header">
        <h1 id="budget-title" className="page__title">
          {t('budget.title')}
        </h1>
        <div className="budget-year" role="group" aria-label={t('budget.year')}>
          <button
            type="button"
            className="btn btn--small"
            onClick={() => year !== null && goToYear(year - 1)}
            disabled={year === null}
            aria-label={t('budget.prevYear')}
            title={t('budget.prevYear')}
            data-testid="budget-year-prev"
          >
            ◀
          </button>
          <label className="visually-hidden" htmlFor="budget-year">
            {t('budget.year')}
          </label>
          <input
            id="budget-year"
            className="budget-year__input"
            inputMode="numeric"
            maxLength={4}
            value={yearText}
            disabled={year === null}
            onChange={(e) => setYearText(e.target.value)}
            onBlur={() => goToYear(Number(yearText))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') goToYear(Number(yearText));
            }}
            data-testid="budget-year"
          />
          <button
            type="button"
            className="btn btn--small"
            onClick={() => year !== null && goToYear(year + 1)}
            disabled={year === null}
            aria-label={t('budget.nextYear')}
            title={t('budget.nextYear')}
            data-testid="budget-year-next"
          >
            ▶
          </button>
        </div>
        <div className="tabs" role="tablist" aria-label={t('budget.title')}>
          {(['versions', 'execution'] as const).map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              className={tab === id ? 'tabs__tab is-active' : 'tabs__tab'}
              onClick={() => setTab(id)}
              data-testid={`budget-tab-${id}`}
            >
              {t(`budget.tabs.${id}`)}
            </button>
          ))}
        </div>
      </header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="budget-notice" />

      {year !== null && tab === 'execution' ? (
        <ExecutionView key={year} year={year} union={info.ledger?.unionName ?? ''} />
      ) : null}

      {year !== null && tab === 'versions' && editor ? (
        <BudgetLinesEditor
          key={`${editor.target.mode}-${year}`}
          target={editor.target}
          initialRows={editor.rows}
          accounts={accounts}
          projects={projects}
          onCancel={() => setEditor(null)}
          onSaved={(saved) => {
            setEditor(null);
            setNotice({
              kind: 'ok',
              key: 'budget.editor.saved',
              values: { year: String(saved.year), n: String(saved.version) },
            });
            reload(saved.year, saved.id);
          }}
        />
      ) : null}

      {year !== null && tab === 'versions' && !editor ? (
        <>
          {(['budgets.create', 'budgets.setLines', 'budgets.approve', 'budgets.adjust'] as const).some(can) ? (
            <div className="toolbar" role="toolbar" aria-label={t('budget.tabs.versions')}>
              {versions && versions.length === 0 && can('budgets.create') ? (
                <button
                  type="button"
                  className="btn btn--primary"
                  onClick={() => setEditor({ target: { mode: 'create', year }, rows: [] })}
                  data-testid="budget-create"
                >
                  <span aria-hidden="true">＋</span> {t('budget.createOriginal')}
                </button>
              ) : null}
              <IfCan method="budgets.setLines">
                <button
                  type="button"
                  className="btn"
                  onClick={() =>
                    shownBudget &&
                    selected &&
                    setEditor({
                      target: { mode: 'edit', year, id: selected.id, version: selected.version },
                      rows: linesToRows(shownBudget.lines),
                    })
                  }
                  disabled={!canEdit}
                  data-testid="budget-edit"
                >
                  {t('budget.editLines')}
                </button>
              </IfCan>
              <IfCan method="budgets.approve">
                <button
                  type="button"
                  className="btn"
                  onClick={() => selected && setApproving(selected)}
                  disabled={!canApprove}
                  data-testid="budget-approve"
                >
                  {t('budget.approve')}
                </button>
              </IfCan>
              <IfCan method="budgets.adjust">
                <button
                  type="button"
                  className="btn"
                  onClick={() => void startAdjust()}
                  disabled={!canAdjust}
                  data-testid="budget-adjust"
                >
                  {t('budget.adjust')}
                </button>
              </IfCan>
            </div>
          ) : null}
          {versions === null ? (
            <p className="page__hint">{t('common.loading')}</p>
          ) : versions.length === 0 ? (
            <p className="budget-empty" data-testid="budget-empty">
              {t('budget.noBudget', { year })}
            </p>
          ) : (
            <>
              <VersionsTable year={year} versions={versions} selectedId={selectedId} onSelect={setSelectedId} />
              {selected ? (
                <div className="budget-lines">
                  <div className="budget-lines__head">
                    <h2 className="budget-lines__title">{t('budget.lines.caption', { n: selected.version })}</h2>
                    <span className="budget-lines__totals" data-testid="budget-lines-totals">
                      {t('budget.lines.totals', {
                        income: formatAmount(selected.incomeTotalCents),
                        spending: formatAmount(selected.spendingTotalCents),
                      })}
                    </span>
                    {selected.approvals.length > 0 ? (
                      <span className="page__hint">{t('budget.lines.frozen')}</span>
                    ) : null}
                  </div>
                  <BudgetLinesGrid lines={shownBudget?.lines ?? []} />
                </div>
              ) : null}
            </>
          )}
        </>
      ) : null}

      {approving ? (
        <ApproveDialog
          version={approving}
          onCancel={() => setApproving(null)}
          onDone={(saved, body) => {
            setApproving(null);
            setNotice(
              saved.status === 'approved'
                ? { kind: 'ok', key: 'budget.approveDialog.allDone' }
                : { kind: 'ok', key: 'budget.approveDialog.done', values: { body: t(`budget.bodies.${body}`) } },
            );
            reload(saved.year, saved.id);
          }}
        />
      ) : null}
    </section>
  );
}
