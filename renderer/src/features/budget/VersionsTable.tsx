import { useTranslation } from 'react-i18next';
import { APPROVAL_BODIES, type BudgetVersionDto } from '../../shared/contract';
import { formatAmount } from '../../format/money';

interface VersionsTableProps {
  year: number;
  versions: BudgetVersionDto[];
  selectedId: number | null;
  onSelect(id: number): void;
}

/** A year's budget versions (original + adjustments): status, which bodies approved and when, totals. */
export function VersionsTable({ year, versions, selectedId, onSelect }: VersionsTableProps) {
  const { t } = useTranslation();
  return (
    <table className="budget-table budget-versions" data-testid="budget-versions">
      <caption className="visually-hidden">{t('budget.versions.caption', { year })}</caption>
      <thead>
        <tr>
          <th>{t('budget.versions.version')}</th>
          <th>{t('budget.versions.kind')}</th>
          <th>{t('budget.versions.note')}</th>
          <th>{t('budget.versions.status')}</th>
          {APPROVAL_BODIES.map((b) => (
            <th key={b}>{t(`budget.bodies.${b}`)}</th>
          ))}
          <th className="num">{t('budget.versions.income')}</th>
          <th className="num">{t('budget.versions.spending')}</th>
          <th className="num">{t('budget.versions.lines')}</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => {
          const selected = v.id === selectedId;
          return (
            <tr
              key={v.id}
              className={selected ? 'is-current' : undefined}
              tabIndex={0}
              aria-selected={selected}
              onClick={() => onSelect(v.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(v.id);
                } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                  e.preventDefault();
                  const row =
                    e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
                  if (row instanceof HTMLElement) row.focus();
                }
              }}
              data-testid={`budget-version-${v.version}`}
            >
              <td>
                {t('budget.versions.versionN', { n: v.version })}
                {v.isLatestApproved ? (
                  <span className="tag tag--ok budget-tag">{t('budget.versions.inUse')}</span>
                ) : null}
              </td>
              <td className="budget-versions__kind">{t(`budget.versions.kinds.${v.kind}`)}</td>
              <td className="budget-versions__note">{v.note ?? ''}</td>
              <td>
                <span
                  className={`tag budget-status budget-status--${v.status}`}
                  data-testid={`budget-version-${v.version}-status`}
                >
                  {t(`budget.status.${v.status}`)}
                </span>
              </td>
              {APPROVAL_BODIES.map((b) => {
                const a = v.approvals.find((x) => x.body === b);
                return (
                  <td key={b} className="budget-approval" data-testid={`budget-version-${v.version}-${b}`}>
                    {a ? (
                      <>
                        <span className="budget-approval__tick" aria-hidden="true">
                          ✓
                        </span>{' '}
                        {a.approvedDate}
                        {a.reference ? <div className="budget-approval__ref">{a.reference}</div> : null}
                      </>
                    ) : (
                      <span className="cell-muted">{t('budget.versions.pending')}</span>
                    )}
                  </td>
                );
              })}
              <td className="num">{formatAmount(v.incomeTotalCents)}</td>
              <td className="num">{formatAmount(v.spendingTotalCents)}</td>
              <td className="num">{v.lineCount}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
