import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportCell, ReportColumn, ReportDocument, ReportPart, ReportRow } from '../../shared/contract';
import { formatAmount } from '../../format/money';
import { groupRunsOf, tieText } from './report-cells';

/**
 * A ReportDocument on screen (and on paper through the print stylesheet): each part as the statement it is,
 * amounts right-aligned with separators, levels indented, the tie-outs with agrees / differs, notes,
 * paragraphs with lines to complete, and the signature block. Reusable by any feature that builds a document.
 */
export function ReportView({ doc, testId = 'report-view' }: { doc: ReportDocument; testId?: string }) {
  return (
    <div className="rv-doc" data-testid={testId} data-kind={doc.kind}>
      {doc.parts.map((p) => (
        <PartView key={p.id} part={p} union={doc.union} />
      ))}
    </div>
  );
}

function PartView({ part, union }: { part: ReportPart; union: string }) {
  const { t } = useTranslation();
  return (
    <section
      className={`rv-part rv-part--${part.orientation}${part.pageBreak === 'auto' ? ' rv-part--flow' : ''}`}
      data-testid={`rv-part-${part.id}`}
    >
      <header className="rv-head">
        <h2 className="rv-title">{part.title}</h2>
        {part.formNo ? <span className="rv-form">{part.formNo}</span> : null}
        <div className="rv-sub">
          <span>{union ? `编制单位：${union}` : ''}</span>
          <span>{part.period}</span>
          <span>{part.unit ? `单位：${part.unit}` : ''}</span>
        </div>
        {part.meta.length > 0 ? (
          <div className="rv-meta">
            {part.meta.map((m) => (
              <span key={m.label}>
                {m.label}：{m.value}
              </span>
            ))}
          </div>
        ) : null}
      </header>
      {part.columns.length > 0 ? <PartTable part={part} /> : null}
      {part.paragraphs.map((p) => (
        <div key={p.heading} className="rv-para">
          <h3>{p.heading}</h3>
          {p.body.map((b, i) => (
            <p key={i}>{b}</p>
          ))}
          {Array.from({ length: p.blankLines }, (_, i) => (
            <div key={i} className="rv-blank" aria-hidden="true" />
          ))}
        </div>
      ))}
      {part.ties.length > 0 ? (
        <div className="rv-ties" data-testid={`rv-ties-${part.id}`}>
          <h3>{t('reports.ties')}</h3>
          <ul>
            {part.ties.map((tie) => (
              <li key={tie.label} className={tie.ok ? 'is-ok' : 'is-differs'} data-testid="rv-tie">
                <span className="rv-tie__text">{tieText(tie)}</span>
                <span className="rv-tie__badge">{tie.ok ? t('reports.tieOk') : t('reports.tieDiffers')}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {part.notes.map((n) => (
        <p key={n} className="rv-note">
          {t('reports.notes')}：{n}
        </p>
      ))}
      {part.signatures.length > 0 ? (
        <div className="rv-sign">
          {part.signatures.map((s) => (
            <span key={s.label} className="rv-sign__item">
              {s.label}：<span className="rv-sign__line">{s.name ?? ''}</span>
            </span>
          ))}
          {part.seal ? <span className="rv-seal">{t('reports.seal')}</span> : null}
        </div>
      ) : null}
    </section>
  );
}

function PartTable({ part }: { part: ReportPart }) {
  const grouped = part.columns.some((c) => c.group !== null);
  const runs = groupRunsOf(part.columns);
  return (
    <table
      className="rv-table"
      style={{ minWidth: `${Math.round(totalWidth(part.columns) * CELL_PX + part.columns.length * CELL_PAD)}px` }}
      data-testid={`rv-table-${part.id}`}
    >
      <colgroup>
        {part.columns.map((c) => (
          <col key={c.key} style={{ width: `${(c.width / totalWidth(part.columns)) * 100}%` }} />
        ))}
      </colgroup>
      <thead>
        {grouped ? (
          <>
            <tr>
              {runs.map((r) =>
                r.label === null ? (
                  <Fragment key={r.from}>
                    {part.columns.slice(r.from, r.to + 1).map((c) => (
                      <th key={c.key} rowSpan={2}>
                        {c.header}
                      </th>
                    ))}
                  </Fragment>
                ) : (
                  <th key={r.from} colSpan={r.to - r.from + 1}>
                    {r.label}
                  </th>
                ),
              )}
            </tr>
            <tr>
              {part.columns
                .filter((c) => c.group !== null)
                .map((c) => (
                  <th key={c.key}>{c.header}</th>
                ))}
            </tr>
          </>
        ) : (
          <tr>
            {part.columns.map((c) => (
              <th key={c.key}>{c.header}</th>
            ))}
          </tr>
        )}
      </thead>
      <tbody>
        {part.rows.map((r, i) => (
          <tr key={i} className={rowClass(r)}>
            {part.columns.map((c, j) => (
              <Cell key={c.key} column={c} row={r} value={r.cells[j] ?? null} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function rowClass(r: ReportRow): string | undefined {
  const cls = [r.style !== 'normal' ? `is-${r.style}` : '', r.tone === 'warn' ? 'is-warn' : ''].filter(Boolean);
  return cls.length > 0 ? cls.join(' ') : undefined;
}

function Cell({ column, row, value }: { column: ReportColumn; row: ReportRow; value: ReportCell }) {
  const style = row.cellStyles[column.key];
  const cls = [`rv-${column.kind}`, style && style !== 'normal' ? `is-${style}` : ''].filter(Boolean).join(' ');
  const indent = row.indent[column.key] ?? 0;
  return (
    <td className={cls} style={indent > 0 ? { paddingLeft: `${0.4 + indent * 1.1}em` } : undefined}>
      {cellDisplay(column, value)}
    </td>
  );
}

export function cellDisplay(column: ReportColumn, v: ReportCell): string {
  if (v === null) return '';
  if (typeof v === 'number') return column.kind === 'money' ? formatAmount(v) : String(v);
  if (column.kind === 'percent' && /^-?\d+(\.\d+)?$/.test(v)) return `${v}%`;
  return v;
}

/** Screen pixels per character cell of a column's width (12px text: a Chinese character is 2 cells). */
const CELL_PX = 6.2;
/** Horizontal padding and border of one cell, in pixels. */
const CELL_PAD = 11;

function totalWidth(columns: readonly ReportColumn[]): number {
  return columns.reduce((s, c) => s + c.width, 0) || 1;
}
