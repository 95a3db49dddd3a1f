import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ReportDocument } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { useExport } from '../../api/download';
import type { NoticeValue } from '../../components/Notice';
import { ReportView } from '../reports/ReportView';
import '../reports/reports.css';

const FORMATS: readonly ExportFormat[] = ['xlsx', 'pdf'];

/** 经费审查报告 (DOMAIN §5.5) for the year, on screen and as an xlsx or PDF file; reloads after each run/decision. */
export function ReviewReportView({
  year,
  version,
  onNotice,
}: {
  year: number;
  version: number;
  onNotice(n: NoticeValue): void;
}) {
  const api = useApi();
  const { t } = useTranslation();
  // the document with the year it is for: a stale year's report is never shown while the next one loads
  const [loaded, setLoaded] = useState<{ year: number; doc: ReportDocument } | null>(null);
  const doc = loaded?.year === year ? loaded.doc : null;
  const onError = useCallback((error: unknown) => onNotice({ kind: 'error', error }), [onNotice]);
  const { busy, run } = useExport(onError);

  useEffect(() => {
    let live = true;
    api
      .call('audit.reportDocument', { year })
      .then((d) => {
        if (live) setLoaded({ year, doc: d });
      })
      .catch(onError);
    return () => {
      live = false;
    };
  }, [api, year, version, onError]);

  async function exportAs(format: ExportFormat) {
    const f = await run('audit.reportExport', { year, format }, format);
    if (f) onNotice({ kind: 'ok', key: 'audit.report.exported', values: { name: f.fileName } });
  }

  return (
    <div className="au-report" data-testid="audit-report">
      <div className="toolbar" role="toolbar" aria-label={t('audit.report.title')}>
        <span className="page__hint">{t('audit.report.hint', { year })}</span>
        <span className="toolbar__sep" />
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="btn"
            disabled={!doc || busy !== null}
            onClick={() => void exportAs(format)}
            data-testid={`audit-report-export-${format}`}
          >
            {busy === format ? t('audit.report.busy') : t(`audit.report.export.${format}`)}
          </button>
        ))}
      </div>
      <div className="reports-paper">
        {doc ? (
          <ReportView doc={doc} testId="audit-report-view" />
        ) : (
          <p className="page__hint">{t('common.loading')}</p>
        )}
      </div>
    </div>
  );
}
