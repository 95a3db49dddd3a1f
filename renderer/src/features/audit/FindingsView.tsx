import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingRow, RuleDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import type { NoticeValue } from '../../components/Notice';
import { useCan } from '../users/AuthContext';
import { DecideDialog } from './DecideDialog';
import { FindingDetailPanel } from './FindingDetailPanel';
import { FindingsGrid } from './FindingsGrid';
import { sideOf, type KindSide } from './labels';

type Severity = 'high' | 'medium' | 'low';
type Status = 'open' | 'decided' | 'resolved';

interface Props {
  year: number;
  rules: RuleDto[];
  /** Bumped after a run: read the findings again. */
  version: number;
  onOpenVoucher(id: number): void;
  onNotice(n: NoticeValue): void;
}

const PAGE = 500;

/** Findings of a year: rule breaches and statistical screens apart, filters, a detail panel and bulk decisions. */
export function FindingsView({ year, rules, version, onOpenVoucher, onNotice }: Props) {
  const { t } = useTranslation();
  const canDecide = useCan()('audit.decide');
  const api = useApi();
  const [side, setSide] = useState<KindSide>('breaches');
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [ruleId, setRuleId] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const [rows, setRows] = useState<FindingRow[] | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [checked, setChecked] = useState<FindingRow[]>([]);
  const [deciding, setDeciding] = useState<number[] | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    (async () => {
      const all: FindingRow[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = await api.call('audit.findings', {
          year,
          offset,
          limit: PAGE,
          ...(severity ? { severity } : {}),
          ...(status ? { status } : {}),
        });
        all.push(...page.rows);
        if (all.length >= page.total || page.rows.length === 0) break;
      }
      return all;
    })()
      .then((all) => live && setRows(all))
      .catch((error: unknown) => {
        if (!live) return;
        setRows([]);
        onNotice({ kind: 'error', error });
      });
    return () => {
      live = false;
    };
  }, [api, year, severity, status, version, reload, onNotice]);

  const counts = useMemo(() => {
    const c = { breaches: 0, screens: 0 };
    for (const r of rows ?? []) c[sideOf(r.kind)]++;
    return c;
  }, [rows]);
  // the rule filter applies here, not in the query, so the two sides' counts stay those of the other filters
  const shown = useMemo(
    () => (rows ? rows.filter((r) => sideOf(r.kind) === side && (ruleId === '' || r.ruleId === ruleId)) : null),
    [rows, side, ruleId],
  );
  const sideRules = rules.filter((r) => sideOf(r.kind) === side);

  return (
    <div className="au-findings">
      <div className="au-sides" role="radiogroup" aria-label={t('audit.kind.label')}>
        {(['breaches', 'screens'] as const).map((s) => (
          <button
            key={s}
            type="button"
            role="radio"
            aria-checked={side === s}
            className={side === s ? 'au-side is-active' : 'au-side'}
            onClick={() => {
              setSide(s);
              setRuleId('');
              setChecked([]);
              setFocused(null);
            }}
            data-testid={`audit-side-${s}`}
          >
            {t(`audit.kind.${s}`)} <span className="au-side__count">{counts[s]}</span>
          </button>
        ))}
      </div>
      <div className="toolbar">
        <label className="toolbar__label">
          {t('audit.severity.label')}
          <select
            className="toolbar__select"
            value={severity}
            onChange={(e) => setSeverity(e.target.value as Severity | '')}
            data-testid="audit-filter-severity"
          >
            <option value="">{t('audit.severity.all')}</option>
            {(['high', 'medium', 'low'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`audit.severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__label">
          {t('audit.rule.label')}
          <select
            className="toolbar__select"
            value={ruleId}
            onChange={(e) => setRuleId(e.target.value)}
            data-testid="audit-filter-rule"
          >
            <option value="">{t('audit.rule.all')}</option>
            {sideRules.map((r) => (
              <option key={r.id} value={r.id}>
                {r.id}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__label">
          {t('audit.status.label')}
          <select
            className="toolbar__select"
            value={status}
            onChange={(e) => setStatus(e.target.value as Status | '')}
            data-testid="audit-filter-status"
          >
            <option value="">{t('audit.status.all')}</option>
            {(['open', 'decided', 'resolved'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`audit.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="toolbar__spacer" />
        <span className="toolbar__count" data-testid="audit-count">
          {checked.length > 0
            ? t('audit.selected', { count: checked.length })
            : t('audit.count', { count: shown?.length ?? 0 })}
        </span>
        {canDecide ? (
          <button
            type="button"
            className="btn"
            disabled={checked.length === 0}
            onClick={() => setDeciding(checked.map((r) => r.id))}
            data-testid="audit-bulk-decide"
          >
            {t('audit.decideSelected')}
          </button>
        ) : null}
      </div>
      <div className="au-body">
        <FindingsGrid
          key={side}
          rows={shown}
          testId="audit-findings-grid"
          onFocus={(r) => setFocused(r?.id ?? null)}
          onChecked={setChecked}
        />
        {focused !== null ? (
          <FindingDetailPanel
            findingId={focused}
            version={reload}
            onOpenVoucher={onOpenVoucher}
            onDecide={(d) => setDeciding([d.id])}
          />
        ) : shown && shown.length === 0 ? (
          <p className="page__hint au-empty">{t('audit.noFindings')}</p>
        ) : null}
      </div>
      {deciding ? (
        <DecideDialog
          findingIds={deciding}
          year={year}
          onClose={() => setDeciding(null)}
          onDone={(count) => {
            setDeciding(null);
            setChecked([]);
            setReload((v) => v + 1);
            onNotice({ kind: 'ok', key: 'audit.decide.saved', values: { count: String(count) } });
          }}
        />
      ) : null}
    </div>
  );
}
