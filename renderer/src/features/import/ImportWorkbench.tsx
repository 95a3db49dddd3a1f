import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind, ImportMapping, ImportOptions, ImportPreview, ImportResult } from '../../shared/contract';
import { IMPORT_KINDS } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { downloadFile } from '../../api/download';
import { Notice, type NoticeValue } from '../../components/Notice';
import { formatAmount } from '../../format/money';
import { bytesToBase64, previewCell } from './file-bytes';
import { useCan } from '../users/AuthContext';
import { IfCan } from '../../components/IfCan';
import './import.css';

interface PickedFile {
  name: string;
  base64: string;
  /** Tells two picks of the same file apart (a fresh preview each time). */
  serial: number;
}

/**
 * Choose a kind and a file, see how it reads (encoding, sheet, header row), adjust the column mapping, look at
 * the first rows as they will be stored, every bad row with its reason and the duplicates; then import it all in
 * one transaction. Used by the import page and, with a fixed kind, inline by the bank reconciliation page.
 */
export function ImportWorkbench({
  fixedKind,
  onImported,
  testIdPrefix = 'import',
}: {
  fixedKind?: ImportKind;
  onImported?(result: ImportResult): void;
  testIdPrefix?: string;
}) {
  const api = useApi();
  const can = useCan();
  // Reading a file is already a bookkeeper's step (import.preview); who may not import sees the templates only.
  const mayRead = can('import.preview');
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const id = (s: string) => `${testIdPrefix}-${s}`;
  const [kind, setKind] = useState<ImportKind>(fixedKind ?? 'members');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | undefined>(undefined);
  const [options, setOptions] = useState<ImportOptions>({});
  const [result, setResult] = useState<{ key: string; serial: number; preview: ImportPreview | null } | null>(null);
  const serial = useRef(0);
  const [committing, setCommitting] = useState(false);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', error }), []);

  const cleanOptions = useCallback((o: ImportOptions): ImportOptions => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(o)) if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
    return out as ImportOptions;
  }, []);

  // Every change of kind, file, mapping or options reads and checks the file again; nothing is written.
  const requestKey = file ? JSON.stringify([kind, file.serial, mapping ?? null, cleanOptions(options)]) : null;
  useEffect(() => {
    if (!file || requestKey === null) return;
    let live = true;
    api
      .call('import.preview', {
        kind,
        fileName: file.name,
        base64: file.base64,
        ...(mapping ? { mapping } : {}),
        options: cleanOptions(options),
      })
      .then((p) => {
        if (live) setResult({ key: requestKey, serial: file.serial, preview: p });
      })
      .catch((e: unknown) => {
        if (!live) return;
        setResult({ key: requestKey, serial: file.serial, preview: null });
        fail(e);
      });
    return () => {
      live = false;
    };
  }, [api, kind, file, mapping, options, cleanOptions, fail, requestKey]);
  const reading = requestKey !== null && result?.key !== requestKey;
  // While a changed mapping or option is re-checked, the last preview of the same file stays on screen.
  const preview = file && result?.serial === file.serial ? result.preview : null;

  async function pick(f: File | undefined) {
    if (!f) return;
    setNotice(null);
    setMapping(undefined);
    const bytes = new Uint8Array(await f.arrayBuffer());
    serial.current += 1;
    setFile({ name: f.name, base64: bytesToBase64(bytes), serial: serial.current });
  }

  function changeKind(k: ImportKind) {
    setKind(k);
    setMapping(undefined);
    setOptions({});
    setNotice(null);
  }

  /** The mapping on screen with one field moved to another column (or to none). */
  function remap(field: string, value: string) {
    if (!preview) return;
    const base: ImportMapping = {};
    for (const f of preview.fields) base[f.field] = f.column;
    setMapping((m) => ({ ...(m ?? base), [field]: value === '' ? null : Number(value) }));
  }

  async function saveMapping() {
    if (!preview) return;
    // Saved by header text, so the next file with the same headers maps alike wherever its columns are.
    const byHeader: ImportMapping = {};
    for (const f of preview.fields) {
      if (f.column === null) continue;
      const header = preview.columns[f.column]?.header.trim() ?? '';
      byHeader[f.field] = header !== '' ? header : f.column;
    }
    try {
      await api.call('import.mappings.save', { kind, mapping: byHeader });
      setNotice({ kind: 'ok', key: 'import.mappingSaved', values: { kind: t(`import.kinds.${kind}`) } });
    } catch (e) {
      fail(e);
    }
  }

  async function template(format: 'xlsx' | 'csv') {
    try {
      const f = await api.call('import.template', { kind, format });
      downloadFile({ fileName: f.fileName, mime: f.mimeType, base64: f.base64 });
    } catch (e) {
      fail(e);
    }
  }

  async function commit() {
    if (!file || !preview) return;
    setCommitting(true);
    setNotice(null);
    try {
      const r = await api.call('import.commit', {
        kind,
        fileName: file.name,
        base64: file.base64,
        ...(mapping ? { mapping } : {}),
        options: cleanOptions(options),
        confirm: true,
      });
      setNotice({
        kind: 'ok',
        key: 'import.imported',
        values: { count: String(r.imported), file: r.fileName, skipped: String(r.skippedDuplicates) },
      });
      setFile(null);
      setMapping(undefined);
      if (inputRef.current) inputRef.current.value = '';
      onImported?.(r);
    } catch (e) {
      fail(e);
    } finally {
      setCommitting(false);
    }
  }

  const option = (key: keyof ImportOptions) => (options[key] as string | undefined) ?? '';
  const setOption = (key: keyof ImportOptions, value: string) => setOptions((o) => ({ ...o, [key]: value }));
  const previewKeys = preview ? [...new Set(preview.firstRows.flatMap((r) => Object.keys(r.values)))] : [];
  /** A stored field's column title: the import's own word for it, else the file field's label, else its key. */
  const columnLabel = (key: string) => {
    if (i18n.exists(`import.columns.${key}`)) return t(`import.columns.${key}`);
    const f = preview?.fields.find((x) => x.field === key.replace(/Cents$/, ''));
    return f ? (en ? f.en : f.zh) : key;
  };
  const cellText = (key: string, value: string | number | boolean | null | undefined) =>
    typeof value === 'string' && i18n.exists(`import.valueText.${key}.${value}`)
      ? t(`import.valueText.${key}.${value}`)
      : previewCell(key, value);

  return (
    <div className="im-bench" data-testid={id('bench')}>
      <div className="toolbar im-toolbar" role="toolbar" aria-label={t('import.title')}>
        {fixedKind ? null : (
          <label className="im-field">
            <span>{t('import.kind')}</span>
            <select
              value={kind}
              onChange={(e) => changeKind(e.target.value as ImportKind)}
              data-testid={id('kind')}
              disabled={committing}
            >
              {IMPORT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`import.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {mayRead ? (
          <>
            <label className="btn im-file">
              {t('import.file')}
              <input
                ref={inputRef}
                type="file"
                accept=".xlsx,.csv,.tsv,.txt"
                className="visually-hidden"
                disabled={committing}
                onChange={(e) => void pick(e.target.files?.[0])}
                data-testid={id('file')}
              />
            </label>
            <span className="page__hint">{file ? file.name : t('import.fileHint')}</span>
          </>
        ) : null}
        <span className="toolbar__spacer" />
        <button type="button" className="btn" onClick={() => void template('xlsx')} data-testid={id('template-xlsx')}>
          {t('import.templateXlsx')}
        </button>
        <button type="button" className="btn" onClick={() => void template('csv')} data-testid={id('template-csv')}>
          {t('import.templateCsv')}
        </button>
      </div>
      {mayRead ? <KindOptions kind={kind} value={option} onChange={setOption} id={id} /> : null}
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId={id('notice')} />
      {reading ? <p className="page__hint">{t('import.reading')}</p> : null}
      {!file && !reading && mayRead ? <p className="panel__empty">{t('import.empty')}</p> : null}
      {preview && file ? (
        <>
          <p className="im-info" data-testid={id('fileinfo')}>
            {t('import.fileInfo', {
              file: preview.fileName,
              format: preview.format,
              encoding: preview.encoding ?? t('import.noEncoding'),
              sheet: preview.sheet ?? t('import.noSheet'),
              header: preview.headerRow ?? '—',
              rows: preview.dataRows,
            })}
          </p>
          {preview.problems.length > 0 ? (
            <ul className="im-problems" data-testid={id('problems')}>
              {preview.problems.map((p, i) => (
                <li key={i}>{en ? p.en : p.zh}</li>
              ))}
            </ul>
          ) : null}
          {preview.notes.length > 0 ? (
            <ul className="im-notes" data-testid={id('notes')}>
              {preview.notes.map((p, i) => (
                <li key={i}>{en ? p.en : p.zh}</li>
              ))}
            </ul>
          ) : null}
          <section className="panel">
            <div className="panel__title">{t('import.mapping')}</div>
            <p className="panel__meta">{t('import.mappingHint')}</p>
            <div className="im-mapgrid" data-testid={id('mapping')}>
              {preview.fields.map((f) => (
                <label
                  key={f.field}
                  className={preview.missingFields.includes(f.field) ? 'im-map is-missing' : 'im-map'}
                >
                  <span className="im-map__field">
                    {en ? f.en : f.zh}
                    {f.required ? (
                      <span className="im-map__req" title={t('import.required')}>
                        *
                      </span>
                    ) : null}
                  </span>
                  <select
                    value={f.column ?? ''}
                    onChange={(e) => remap(f.field, e.target.value)}
                    data-testid={id(`map-${f.field}`)}
                  >
                    <option value="">{t('import.noColumn')}</option>
                    {preview.columns.map((c) => (
                      <option key={c.index} value={c.index}>
                        {c.letter} · {c.header || '—'}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            <div className="im-map-actions">
              <IfCan method="import.mappings.save">
                <button
                  type="button"
                  className="btn"
                  onClick={() => void saveMapping()}
                  data-testid={id('save-mapping')}
                >
                  {t('import.saveMapping')}
                </button>
              </IfCan>
            </div>
          </section>
          {preview.chartMapping.length > 0 ? (
            <section className="panel">
              <div className="panel__title">{t('import.chartMapping')}</div>
              <table className="im-table" data-testid={id('chart-mapping')}>
                <thead>
                  <tr>
                    <th>{t('import.chartCols.code2009')}</th>
                    <th>{t('import.chartCols.code2021')}</th>
                    <th className="num">{t('import.chartCols.rows')}</th>
                    <th>{t('import.chartCols.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.chartMapping.map((c) => (
                    <tr key={c.code2009} className={c.needsReview ? 'is-review' : undefined}>
                      <td>
                        {c.code2009} {c.name2009}
                      </td>
                      <td>{c.code2021 ? `${c.code2021} ${c.name2021 ?? ''}` : '—'}</td>
                      <td className="num">{c.rows}</td>
                      <td>
                        {c.needsReview ? <span className="tag">{t('import.needsReview')}</span> : null} {c.note}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
          {preview.badRowsTotal > 0 ? (
            <section className="panel im-bad">
              <div className="panel__title">{t('import.badRows', { count: preview.badRowsTotal })}</div>
              {preview.badRowsTotal > preview.badRows.length ? (
                <p className="panel__meta">
                  {t('import.badMore', { shown: preview.badRows.length, total: preview.badRowsTotal })}
                </p>
              ) : null}
              <div className="im-scroll">
                <table className="im-table" data-testid={id('bad-rows')}>
                  <thead>
                    <tr>
                      <th className="num">{t('import.badCols.row')}</th>
                      <th>{t('import.badCols.column')}</th>
                      <th>{t('import.badCols.value')}</th>
                      <th>{t('import.badCols.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.badRows.map((b, i) => (
                      <tr key={i}>
                        <td className="num">{b.row}</td>
                        <td>{b.column}</td>
                        <td className="mono">{b.value}</td>
                        <td>{en ? b.reasonEn : b.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}
          {preview.duplicatesTotal > 0 ? (
            <section className="panel">
              <div className="panel__title">{t('import.duplicates', { count: preview.duplicatesTotal })}</div>
              <div className="im-scroll">
                <table className="im-table" data-testid={id('duplicates')}>
                  <thead>
                    <tr>
                      <th className="num">{t('import.dupCols.row')}</th>
                      <th>{t('import.dupCols.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.duplicates.map((d, i) => (
                      <tr key={i}>
                        <td className="num">{d.row}</td>
                        <td>{en ? d.reasonEn : d.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}
          {preview.firstRows.length > 0 ? (
            <section className="panel">
              <div className="panel__title">{t('import.preview', { count: preview.firstRows.length })}</div>
              <div className="im-scroll">
                <table className="im-table im-grid" data-testid={id('preview-grid')}>
                  <thead>
                    <tr>
                      <th className="num">{t('import.row')}</th>
                      {previewKeys.map((k) => (
                        <th key={k} className={k.endsWith('Cents') ? 'num' : undefined}>
                          {columnLabel(k)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {preview.firstRows.map((r) => (
                      <tr key={r.row}>
                        <td className="num">{r.row}</td>
                        {previewKeys.map((k) => (
                          <td key={k} className={k.endsWith('Cents') ? 'num' : undefined}>
                            {cellText(k, r.values[k])}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}
          <div className="im-commit">
            <span data-testid={id('totals')}>
              {t('import.totals', { records: preview.totals.records, toImport: preview.totals.toImport })}
              {preview.totals.amounts.map((a) => (
                <span key={a.key} className="im-amount">
                  {en ? a.en : a.zh} {formatAmount(a.cents)}
                </span>
              ))}
            </span>
            <span className="toolbar__spacer" />
            {!preview.canCommit ? (
              <span className="text-error" data-testid={id('cannot')}>
                {t('import.cannotCommit')}
              </span>
            ) : preview.totals.toImport === 0 ? (
              <span className="page__hint">{t('import.nothingNew')}</span>
            ) : null}
            {committing ? <progress className="im-progress" aria-label={t('import.committing')} /> : null}
            <IfCan method="import.commit">
              <button
                type="button"
                className="btn btn--primary"
                disabled={!preview.canCommit || preview.totals.toImport === 0 || committing || reading}
                onClick={() => void commit()}
                data-testid={id('commit')}
              >
                {committing ? t('import.committing') : t('import.commit')}
              </button>
            </IfCan>
          </div>
        </>
      ) : null}
    </div>
  );
}

function KindOptions({
  kind,
  value,
  onChange,
  id,
}: {
  kind: ImportKind;
  value(key: keyof ImportOptions): string;
  onChange(key: keyof ImportOptions, value: string): void;
  id(s: string): string;
}) {
  const { t } = useTranslation();
  const text = (key: keyof ImportOptions, type: string, placeholder?: string) => (
    <label className="im-field" key={key}>
      <span>{t(`import.options.${key}`)}</span>
      <input
        type={type}
        value={value(key)}
        placeholder={placeholder}
        onChange={(e) => onChange(key, e.target.value)}
        data-testid={id(`opt-${key}`)}
      />
    </label>
  );
  const fields = {
    members: [],
    payroll: [text('period', 'month'), text('unit', 'text')],
    opening: [text('date', 'date')],
    vouchers: [],
    claims: [],
    bank: [text('bankAccount', 'text', '102')],
  }[kind];
  const chart =
    kind === 'vouchers' || kind === 'opening' ? (
      <label className="im-field" key="chart">
        <span>{t('import.options.chart')}</span>
        <select
          value={value('chart')}
          onChange={(e) => onChange('chart', e.target.value)}
          data-testid={id('opt-chart')}
        >
          <option value="">{t('import.options.chartAuto')}</option>
          <option value="2009">{t('import.options.chart2009')}</option>
          <option value="2021">{t('import.options.chart2021')}</option>
        </select>
      </label>
    ) : null;
  return (
    <div className="im-options">
      {text('sheet', 'text')}
      {fields}
      {chart}
    </div>
  );
}
