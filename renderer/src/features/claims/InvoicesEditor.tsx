import { useTranslation } from 'react-i18next';
import { normalizeDateText } from '../../format/date';
import { controlId, type InvoiceRow } from './claim-form-values';

interface InvoicesEditorProps {
  rows: InvoiceRow[];
  /** Error text for a path such as "invoices.0.amount", in the UI language. */
  errorText(path: string): string | undefined;
  onChange(index: number, patch: Partial<InvoiceRow>): void;
  onAdd(): void;
  onRemove(index: number): void;
}

const FIELDS = ['number', 'date', 'amount'] as const;

/** The claim's invoices as a small editable grid: number, date, amount, verified; Tab moves along a row. */
export function InvoicesEditor({ rows, errorText, onChange, onAdd, onRemove }: InvoicesEditorProps) {
  const { t } = useTranslation();
  const label = { number: 'invoiceNumber', date: 'invoiceDate', amount: 'invoiceAmount' } as const;
  return (
    <div className="row-editor" data-testid="claim-invoices">
      {rows.length > 0 ? (
        <table className="mini-table mini-table--edit">
          <thead>
            <tr>
              <th className="mini-table__index">#</th>
              <th>{t('claims.form.invoiceNumber')}</th>
              <th className="col-date">{t('claims.form.invoiceDate')}</th>
              <th className="col-amount num">{t('claims.form.invoiceAmount')}</th>
              <th className="col-check">{t('claims.form.invoiceVerified')}</th>
              <th className="col-action" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const errors = FIELDS.map((f) => errorText(`invoices.${i}.${f}`)).filter(Boolean);
              return (
                <tr key={row.key} className={errors.length ? 'is-invalid' : undefined}>
                  <td className="mini-table__index">{i + 1}</td>
                  {FIELDS.map((f) => {
                    const path = `invoices.${i}.${f}`;
                    const error = errorText(path);
                    return (
                      <td key={f} className={f === 'amount' ? 'num' : undefined}>
                        <input
                          id={controlId(path)}
                          className={f === 'amount' ? 'input-amount' : f === 'date' ? 'input-date' : undefined}
                          aria-label={`${t(`claims.form.${label[f]}`)} ${i + 1}`}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `${controlId(path)}-error` : undefined}
                          placeholder={f === 'date' ? 'YYYY-MM-DD' : undefined}
                          inputMode={f === 'amount' ? 'decimal' : f === 'date' ? 'numeric' : undefined}
                          maxLength={f === 'number' ? 40 : f === 'date' ? 12 : 40}
                          autoComplete="off"
                          value={row[f]}
                          onChange={(e) => onChange(i, { [f]: e.target.value })}
                          onBlur={
                            f === 'date'
                              ? (e) => {
                                  const tidy = normalizeDateText(e.target.value);
                                  if (tidy !== e.target.value) onChange(i, { date: tidy });
                                }
                              : undefined
                          }
                          data-testid={`claim-invoice-${i}-${f}`}
                        />
                        {error ? (
                          <div
                            className="cell-error"
                            id={`${controlId(path)}-error`}
                            role="alert"
                            data-testid={`claim-error-invoices-${i}-${f}`}
                          >
                            {error}
                          </div>
                        ) : null}
                      </td>
                    );
                  })}
                  <td className="col-check">
                    <input
                      type="checkbox"
                      aria-label={`${t('claims.form.invoiceVerified')} ${i + 1}`}
                      checked={row.verified}
                      onChange={(e) => onChange(i, { verified: e.target.checked })}
                      data-testid={`claim-invoice-${i}-verified`}
                    />
                  </td>
                  <td className="col-action">
                    <button
                      type="button"
                      className="btn btn--small btn--quiet"
                      onClick={() => onRemove(i)}
                      aria-label={t('claims.form.removeInvoice', { n: i + 1 })}
                      title={t('claims.form.removeInvoice', { n: i + 1 })}
                      data-testid={`claim-invoice-${i}-remove`}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="row-editor__empty">{t('claims.form.noInvoices')}</p>
      )}
      {errorText('invoices') ? (
        <div className="field__error" role="alert" data-testid="claim-error-invoices">
          {errorText('invoices')}
        </div>
      ) : null}
      <div className="row-editor__actions">
        <button type="button" className="btn btn--small" onClick={onAdd} data-testid="claim-invoice-add">
          <span aria-hidden="true">＋</span> {t('claims.form.addInvoice')}
        </button>
      </div>
    </div>
  );
}
