import { useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellValueChangedEvent, GridApi } from 'ag-grid-community';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AccountDto, BudgetDto, ProjectDto } from '../../shared/contract';
import { isApiError } from '../../api/api-error';
import { useApi } from '../../api/ApiContext';
import { Field } from '../../components/Field';
import { gridLocaleText } from '../../grids/locale';
import { gridTheme } from '../../grids/setup';
import { messageIn } from '../../i18n/error-text';
import { isLanguage } from '../../i18n/languages';
import { editLineColumns, type LineGridContext } from './budget-line-columns';
import {
  emptyLine,
  issuesToLineErrors,
  rowsToInput,
  type Bilingual,
  type LineErrors,
  type LineRow,
} from './budget-lines-values';

export type EditorTarget =
  | { mode: 'create'; year: number }
  | { mode: 'edit'; year: number; id: number; version: number }
  | { mode: 'adjust'; year: number; version: number };

interface BudgetLinesEditorProps {
  target: EditorTarget;
  initialRows: LineRow[];
  accounts: AccountDto[];
  projects: ProjectDto[];
  onSaved(budget: BudgetDto): void;
  onCancel(): void;
}

const DEFAULT_COL = { sortable: false, resizable: true, suppressHeaderMenuButton: true };

/**
 * The budget lines as an editable grid (original budget, lines of an unapproved version, or an adjustment
 * pre-filled with the current lines). Amounts stay text until the server parses them; its issues mark the
 * cells and are listed under the grid by line.
 */
export function BudgetLinesEditor({
  target,
  initialRows,
  accounts,
  projects,
  onSaved,
  onCancel,
}: BudgetLinesEditorProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const [rows, setRows] = useState<LineRow[]>(() => (initialRows.length > 0 ? initialRows : [emptyLine()]));
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<Bilingual | null>(null);
  const [errors, setErrors] = useState<LineErrors>(new Map());
  const [general, setGeneral] = useState<Bilingual[]>([]);
  const [saving, setSaving] = useState(false);
  const gridRef = useRef<GridApi<LineRow> | null>(null);
  const pendingEdit = useRef<number | null>(null);

  const columnDefs = useMemo(() => editLineColumns(t, accounts, projects), [t, accounts, projects]);
  const localeText = useMemo(() => gridLocaleText(lang), [lang]);
  const context = useMemo<LineGridContext>(() => ({ errors, lang }), [errors, lang]);

  useEffect(() => {
    gridRef.current?.refreshCells({ force: true });
  }, [context]);

  /** After a line is added and the grid has it: put the cursor in its account cell, editing. */
  function editPending(grid: GridApi<LineRow>) {
    const key = pendingEdit.current;
    if (key === null) return;
    const index = grid.getRowNode(String(key))?.rowIndex ?? null;
    if (index === null) return;
    pendingEdit.current = null;
    grid.ensureIndexVisible(index);
    grid.setFocusedCell(index, 'accountCode');
    grid.startEditingCell({ rowIndex: index, colKey: 'accountCode' });
  }

  function onCellValueChanged(e: CellValueChangedEvent<LineRow>) {
    const changed = e.data;
    setRows((rs) => rs.map((r) => (r.key === changed.key ? { ...changed } : r)));
    const field = e.colDef.field;
    setErrors((errs) => {
      const mine = errs.get(changed.key);
      if (!mine || !field) return errs;
      const next = new Map(errs);
      const fields = new Map(mine);
      fields.delete(field);
      fields.delete('');
      if (field === 'accountCode' || field === 'projectId') fields.delete('spendingKind');
      if (fields.size === 0) next.delete(changed.key);
      else next.set(changed.key, fields);
      return next;
    });
  }

  function addLine() {
    const row = emptyLine();
    pendingEdit.current = row.key;
    setRows((rs) => [...rs, row]);
  }

  function removeLine() {
    const grid = gridRef.current;
    const index = grid?.getFocusedCell()?.rowIndex ?? null;
    const row = grid?.getSelectedRows()[0] ?? (index !== null ? rows[index] : undefined);
    if (!row) return;
    setRows((rs) => rs.filter((r) => r.key !== row.key));
    setErrors((errs) => {
      const next = new Map(errs);
      next.delete(row.key);
      return next;
    });
  }

  /** The rows as the grid holds them now (an open editor is committed first). */
  function currentRows(): LineRow[] {
    const grid = gridRef.current;
    if (!grid) return rows;
    grid.stopEditing();
    const out: LineRow[] = [];
    grid.forEachNode((n) => {
      if (n.data) out.push({ ...n.data });
    });
    return out;
  }

  async function save() {
    if (saving) return;
    const all = currentRows();
    setRows(all);
    const { lines, sent } = rowsToInput(all);
    if (lines.length === 0) {
      setGeneral([both('budget.editor.empty')]);
      return;
    }
    if (target.mode === 'adjust' && note.trim() === '') {
      setNoteError(both('validation.required'));
      document.getElementById('budget-editor-note')?.focus();
      return;
    }
    setSaving(true);
    setGeneral([]);
    setNoteError(null);
    try {
      const trimmed = note.trim();
      const saved =
        target.mode === 'create'
          ? await api.call('budgets.create', { year: target.year, note: trimmed === '' ? null : trimmed, lines })
          : target.mode === 'edit'
            ? await api.call('budgets.setLines', { id: target.id, lines })
            : await api.call('budgets.adjust', { year: target.year, note: trimmed, lines });
      onSaved(saved);
    } catch (err) {
      if (!isApiError(err)) {
        setGeneral([{ message: String(err), messageEn: String(err) }]);
        return;
      }
      const { lines: byRow, other } = issuesToLineErrors(err.issues, sent);
      setErrors(byRow);
      const noteIssue = err.issues.find((i) => i.path[0] === 'note');
      if (noteIssue) setNoteError(noteIssue);
      const rest = other.filter((o) => !noteIssue || o.message !== noteIssue.message);
      setGeneral(byRow.size > 0 || noteIssue ? [both('errors.fixFields'), ...rest] : [err]);
    } finally {
      setSaving(false);
    }
  }

  const title =
    target.mode === 'create'
      ? t('budget.editor.createTitle', { year: target.year })
      : target.mode === 'edit'
        ? t('budget.editor.editTitle', { year: target.year, n: target.version })
        : t('budget.editor.adjustTitle', { year: target.year, n: target.version + 1 });

  const errorList = rows.flatMap((r, i) =>
    [...(errors.get(r.key)?.entries() ?? [])].map(([field, e]) => ({ row: i + 1, field, index: i, e })),
  );

  return (
    <section className="panel budget-editor" aria-labelledby="budget-editor-title" data-testid="budget-editor">
      <h2 id="budget-editor-title" className="panel__title">
        {title}
      </h2>
      {target.mode !== 'edit' ? (
        <div className="budget-editor__note">
          <Field
            id="budget-editor-note"
            label={
              target.mode === 'adjust'
                ? t('budget.editor.noteAdjust')
                : `${t('budget.editor.note')} ${t('common.optional')}`
            }
            error={noteError ? messageIn(lang, noteError) : undefined}
            errorTestId="budget-error-note"
            hint={target.mode === 'adjust' ? t('budget.editor.noteHint') : undefined}
          >
            <input
              id="budget-editor-note"
              value={note}
              maxLength={200}
              autoComplete="off"
              aria-invalid={noteError ? true : undefined}
              onChange={(e) => {
                setNote(e.target.value);
                setNoteError(null);
              }}
              data-testid="budget-editor-note"
            />
          </Field>
        </div>
      ) : null}
      <div className="toolbar toolbar--flat" role="toolbar" aria-label={title}>
        <button type="button" className="btn" onClick={addLine} data-testid="budget-line-add">
          <span aria-hidden="true">＋</span> {t('budget.editor.addLine')}
        </button>
        <button type="button" className="btn" onClick={removeLine} data-testid="budget-line-remove">
          {t('budget.editor.removeLine')}
        </button>
        <span className="page__hint">{t('budget.editor.hint')}</span>
      </div>
      <div className="grid-wrap budget-editor__grid" data-testid="budget-editor-grid">
        <AgGridReact<LineRow>
          key={lang}
          theme={gridTheme}
          localeText={localeText}
          columnDefs={columnDefs}
          defaultColDef={DEFAULT_COL}
          rowData={rows}
          getRowId={(p) => String(p.data.key)}
          context={context}
          rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
          singleClickEdit={false}
          stopEditingWhenCellsLoseFocus
          enterNavigatesVerticallyAfterEdit
          tooltipShowDelay={200}
          onGridReady={(e) => {
            gridRef.current = e.api;
          }}
          onGridPreDestroyed={() => {
            gridRef.current = null;
          }}
          onCellValueChanged={onCellValueChanged}
          onRowDataUpdated={(e) => editPending(e.api)}
          onCellFocused={(e) => {
            if (e.rowIndex === null) return;
            const node = e.api.getDisplayedRowAtIndex(e.rowIndex);
            if (node?.data && !node.isSelected()) node.setSelected(true, true);
          }}
        />
      </div>
      {errorList.length > 0 ? (
        <ul className="budget-editor__errors" role="alert">
          {errorList.map(({ row, field, index, e }) => (
            <li key={`${row}-${field}`} data-testid={`budget-line-error-${index}-${field || 'row'}`}>
              {t('budget.editor.rowError', { row, message: messageIn(lang, e) })}
            </li>
          ))}
        </ul>
      ) : null}
      {general.length > 0 ? (
        <div className="form__error budget-editor__general" role="alert" data-testid="budget-editor-error">
          {general.map((g, i) => (
            <div key={i}>{messageIn(lang, g)}</div>
          ))}
        </div>
      ) : null}
      <div className="form__actions budget-editor__actions">
        <button type="button" className="btn" onClick={onCancel} data-testid="budget-editor-cancel">
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => void save()}
          disabled={saving}
          data-testid="budget-editor-save"
        >
          {saving ? t('common.saving') : t('budget.editor.save')}
        </button>
      </div>
    </section>
  );
}

function both(key: string): Bilingual {
  return { message: i18next.t(key, { lng: 'zh-CN' }), messageEn: i18next.t(key, { lng: 'en' }) };
}
