import { Fragment, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDto, ProjectDto, VoucherDto } from '../../shared/contract';
import { amountInWords, formatCents } from '../../shared/contract';
import { isApiError } from '../../api/api-error';
import { useApi } from '../../api/ApiContext';
import { DateInput } from '../../components/DateInput';
import { Modal } from '../../components/Modal';
import { Notice, type NoticeValue } from '../../components/Notice';
import { formatAmount } from '../../format/money';
import { AccountPicker } from '../ledger/AccountPicker';
import { VoucherPrint } from './VoucherPrint';
import { useCan } from '../users/AuthContext';
import {
  balancingCents,
  emptyLine,
  hasAux,
  lineFromDto,
  lineTotals,
  linesToInput,
  type LineState,
} from './voucher-lines';
import '../ledger/ledger.css';

export type VoucherAction = 'review' | 'unreview' | 'approve' | 'unapprove' | 'post' | 'void' | 'reverse';

interface VoucherEditorProps {
  /** null: a new voucher. */
  voucherId: number | null;
  accounts: AccountDto[];
  projects: ProjectDto[];
  union: string;
  defaultDate: string;
  onClose(): void;
  /** After a save or an action: the list reloads and shows what happened. */
  onChanged(v: VoucherDto, notice: NoticeValue): void;
}

/** Columns a clerk moves through with Enter: 摘要 → 科目 → 借方 → 贷方 → next line. */
const COLS = ['summary', 'account', 'debit', 'credit'] as const;
const START_LINES = 4;

/** 记账凭证 editor (用友 style): header, lines grid with live totals, state actions and the printed form. */
export function VoucherEditor(props: VoucherEditorProps) {
  const { accounts, projects, union, defaultDate, onClose, onChanged } = props;
  const { t } = useTranslation();
  const api = useApi();
  const can = useCan();
  const [id, setId] = useState<number | null>(props.voucherId);
  const [voucher, setVoucher] = useState<VoucherDto | null>(null);
  const [links, setLinks] = useState<Record<number, string>>({});
  const [date, setDate] = useState(defaultDate);
  const [summary, setSummary] = useState('');
  const [attachments, setAttachments] = useState('0');
  const [lines, setLines] = useState<LineState[]>(() => Array.from({ length: START_LINES }, () => emptyLine()));
  const [openAux, setOpenAux] = useState<ReadonlySet<number>>(new Set());
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [badLines, setBadLines] = useState<ReadonlySet<number>>(new Set());
  const [reverseDate, setReverseDate] = useState(defaultDate);
  const gridRef = useRef<HTMLTableElement>(null);

  const load = useCallback(
    (v: VoucherDto) => {
      setVoucher(v);
      setDate(v.date);
      setSummary(v.summary);
      setAttachments(String(v.attachments));
      const ls = v.lines.map(lineFromDto);
      setLines(v.status === 'draft' ? [...ls, emptyLine()] : ls);
      setOpenAux(new Set(ls.filter(hasAux).map((l) => l.key)));
      setReverseDate(v.date);
      setDirty(false);
      setBadLines(new Set());
      const linked = [v.reversesId, v.reversedById, v.correctsId].filter((x): x is number => x !== null);
      for (const other of linked)
        api
          .call('vouchers.get', { id: other })
          .then((o) => setLinks((m) => ({ ...m, [o.id]: o.label })))
          .catch(() => undefined);
    },
    [api],
  );

  useEffect(() => {
    if (id === null) return;
    api
      .call('vouchers.get', { id })
      .then(load)
      .catch((error: unknown) => setNotice({ kind: 'error', error }));
  }, [api, id, load]);

  // Only a draft changes, and only for a user who may write vouchers (the others see it read-only).
  const editable =
    (id === null || voucher?.status === 'draft') && can(id === null ? 'vouchers.create' : 'vouchers.update');
  const totals = lineTotals(lines);
  const leafAccounts = accounts.filter((a) => a.enabled);

  function change(index: number, patch: Partial<LineState>) {
    setLines((ls) => ls.map((l, i) => (i === index ? { ...l, ...patch } : l)));
    setDirty(true);
  }

  function focusCell(row: number, col: number) {
    const cell = gridRef.current?.querySelector<HTMLElement>(`[data-cell="${row}-${col}"]`);
    const input = cell?.matches('input') ? cell : cell?.querySelector<HTMLElement>('input');
    input?.focus();
    if (input instanceof HTMLInputElement) input.select();
  }

  function next(row: number, col: number) {
    if (col < COLS.length - 1) return focusCell(row, col + 1);
    if (row === lines.length - 1) {
      setLines((ls) => [...ls, emptyLine()]);
      setTimeout(() => focusCell(row + 1, 0), 0);
    } else focusCell(row + 1, 0);
  }

  function onCellKey(e: KeyboardEvent<HTMLElement>, row: number, col: number) {
    if (e.key === 'Enter' && !e.defaultPrevented && !e.ctrlKey && !e.altKey) {
      e.preventDefault();
      next(row, col);
    } else if (e.key === '=' && (COLS[col] === 'debit' || COLS[col] === 'credit')) {
      e.preventDefault();
      const side = COLS[col];
      const cents = balancingCents(lines, row, side);
      if (cents === null) return;
      change(
        row,
        side === 'debit' ? { debit: formatCents(cents), credit: '' } : { credit: formatCents(cents), debit: '' },
      );
    }
  }

  async function save() {
    if (!editable || busy) return;
    setBusy(true);
    setNotice(null);
    setBadLines(new Set());
    const n = Number(attachments.trim() === '' ? '0' : attachments);
    const input = {
      date,
      summary,
      attachments: Number.isInteger(n) && n >= 0 ? n : -1,
      lines: linesToInput(lines).map((l) => ({ ...l, summary: l.summary ?? summary })),
    };
    try {
      const v =
        id === null ? await api.call('vouchers.create', input) : await api.call('vouchers.update', { ...input, id });
      setId(v.id);
      load(v);
      onChanged(v, { kind: 'ok', key: 'vouchers.saved', values: { label: v.label } });
      setNotice({ kind: 'ok', key: 'vouchers.saved', values: { label: v.label } });
    } catch (error) {
      if (isApiError(error)) {
        // Line paths count only the lines sent (blank lines dropped): map them back to the grid's rows.
        const kept = lines.map((l, i) => ({ l, i })).filter(({ l }) => linesToInput([l]).length > 0);
        const bad = new Set<number>();
        for (const issue of error.issues)
          if (issue.path[0] === 'lines' && typeof issue.path[1] === 'number') {
            const row = kept[issue.path[1]];
            if (row) bad.add(row.l.key);
          }
        setBadLines(bad);
      }
      setNotice({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  }

  async function act(action: VoucherAction) {
    if (!voucher || busy) return;
    if (action === 'void' && !window.confirm(t('vouchers.editor.confirmVoid'))) return;
    setBusy(true);
    setNotice(null);
    try {
      if (action === 'reverse') {
        const r = await api.call('vouchers.reverse', { id: voucher.id, date: reverseDate, withCorrection: false });
        const n: NoticeValue = { kind: 'ok', key: 'vouchers.done.reverse', values: { label: r.reversal.label } };
        onChanged(r.reversal, n);
        setLinks((m) => ({ ...m, [voucher.id]: voucher.label }));
        setId(r.reversal.id);
        setNotice(n);
      } else {
        const v = await api.call(`vouchers.${action}`, { id: voucher.id });
        load(v);
        const n: NoticeValue = { kind: 'ok', key: `vouchers.done.${action}`, values: { label: v.label } };
        onChanged(v, n);
        setNotice(n);
      }
    } catch (error) {
      setNotice({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  }

  function close() {
    if (dirty && editable && !window.confirm(t('vouchers.editor.confirmDiscard'))) return;
    onClose();
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void save();
    }
  }

  const title = voucher ? t('vouchers.editor.title', { label: voucher.label }) : t('vouchers.editor.newTitle');
  const status = voucher?.status ?? 'draft';

  return (
    <Modal title={title} onClose={close} variant="panel" testId="voucher-editor">
      <div className="vc-editor" onKeyDown={onKeyDown}>
        <div className="vc-editor__body">
          <div className="vc-head">
            <label className="vc-head__item">
              <span>{t('vouchers.editor.date')}</span>
              <DateInput
                value={date}
                disabled={!editable}
                onChange={(text) => {
                  setDate(text);
                  setDirty(true);
                }}
                data-testid="voucher-date"
              />
            </label>
            <span className="vc-head__item">
              <span>{t('vouchers.editor.number')}</span>
              <strong data-testid="voucher-label">{voucher ? voucher.label : t('vouchers.editor.autoNumber')}</strong>
            </span>
            <label className="vc-head__item vc-head__item--grow">
              <span>{t('vouchers.editor.summary')}</span>
              <input
                value={summary}
                disabled={!editable}
                maxLength={100}
                onChange={(e) => {
                  setSummary(e.target.value);
                  setDirty(true);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    focusCell(0, 0);
                  }
                }}
                data-testid="voucher-summary"
              />
            </label>
            <label className="vc-head__item">
              <span>{t('vouchers.editor.attachments')}</span>
              <input
                className="vc-head__attach input-amount"
                inputMode="numeric"
                value={attachments}
                disabled={!editable}
                onChange={(e) => {
                  setAttachments(e.target.value);
                  setDirty(true);
                }}
                data-testid="voucher-attachments"
              />
              <span>{t('vouchers.editor.attachmentsUnit')}</span>
            </label>
          </div>
          {voucher ? (
            <div className="vc-state" data-testid="voucher-state">
              <span className={`vc-status vc-status--${status}`} data-testid="voucher-status">
                {t(`vouchers.statuses.${status}`)}
              </span>
              <span>{t(`vouchers.sources.${voucher.source}`)}</span>
              <span>
                {t('vouchers.editor.preparer')}：{voucher.preparer}
              </span>
              {voucher.reviewer ? (
                <span>
                  {t('vouchers.editor.reviewer')}：{voucher.reviewer}
                </span>
              ) : null}
              {voucher.approver ? (
                <span data-testid="voucher-approver">
                  {t('vouchers.editor.approver')}：{voucher.approver}
                </span>
              ) : null}
              {voucher.poster ? (
                <span>
                  {t('vouchers.editor.poster')}：{voucher.poster}
                </span>
              ) : null}
              {voucher.reversesId !== null ? (
                <LinkButton
                  id={voucher.reversesId}
                  keyName="reversesLink"
                  links={links}
                  onOpen={setId}
                  testId="voucher-link-reverses"
                />
              ) : null}
              {voucher.reversedById !== null ? (
                <LinkButton
                  id={voucher.reversedById}
                  keyName="reversedByLink"
                  links={links}
                  onOpen={setId}
                  testId="voucher-link-reversed-by"
                />
              ) : null}
              {voucher.correctsId !== null ? (
                <LinkButton
                  id={voucher.correctsId}
                  keyName="correctsLink"
                  links={links}
                  onOpen={setId}
                  testId="voucher-link-corrects"
                />
              ) : null}
            </div>
          ) : null}
          <Notice notice={notice} onDismiss={() => setNotice(null)} testId="voucher-notice" />
          <table className="vc-lines" ref={gridRef} data-testid="voucher-lines">
            <colgroup>
              <col className="vc-lines__no" />
              <col className="vc-lines__summary" />
              <col className="vc-lines__account" />
              <col className="vc-lines__amount" />
              <col className="vc-lines__amount" />
              <col className="vc-lines__aux" />
            </colgroup>
            <thead>
              <tr>
                <th>{t('vouchers.editor.line')}</th>
                <th>{t('vouchers.editor.lineSummary')}</th>
                <th>{t('vouchers.editor.accountCol')}</th>
                <th className="num">{t('vouchers.editor.debit')}</th>
                <th className="num">{t('vouchers.editor.credit')}</th>
                <th>{t('vouchers.editor.aux')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l, i) => (
                <Fragment key={l.key}>
                  <tr className={badLines.has(l.key) ? 'is-bad' : undefined} data-testid={`voucher-line-${i}`}>
                    <td className="vc-lines__n">{i + 1}</td>
                    <td>
                      <input
                        data-cell={`${i}-0`}
                        value={l.summary}
                        placeholder={editable ? summary : ''}
                        disabled={!editable}
                        maxLength={100}
                        onChange={(e) => change(i, { summary: e.target.value })}
                        onKeyDown={(e) => onCellKey(e, i, 0)}
                        data-testid={`voucher-line-${i}-summary`}
                      />
                    </td>
                    <td data-cell={`${i}-1`} onKeyDown={(e) => onCellKey(e, i, 1)}>
                      {editable ? (
                        <AccountPicker
                          accounts={leafAccounts}
                          value={l.accountCode || null}
                          onChange={(code) => {
                            change(i, { accountCode: code });
                            setTimeout(() => focusCell(i, 2), 0);
                          }}
                          testId={`voucher-line-${i}-account`}
                        />
                      ) : (
                        <span data-testid={`voucher-line-${i}-account`}>
                          {l.accountCode} {accounts.find((a) => a.code === l.accountCode)?.name ?? ''}
                        </span>
                      )}
                    </td>
                    {(['debit', 'credit'] as const).map((side, k) => (
                      <td key={side} className="num">
                        <input
                          data-cell={`${i}-${k + 2}`}
                          className={`input-amount${l[side].trim().startsWith('-') ? ' is-red' : ''}`}
                          inputMode="decimal"
                          value={l[side]}
                          disabled={!editable}
                          onChange={(e) => change(i, { [side]: e.target.value })}
                          onBlur={() => {
                            const c = lineTotals([{ ...l, debit: l[side], credit: '' }]);
                            if (c.complete && l[side].trim() !== '') change(i, { [side]: formatCents(c.debitCents) });
                          }}
                          onKeyDown={(e) => onCellKey(e, i, k + 2)}
                          data-testid={`voucher-line-${i}-${side}`}
                        />
                      </td>
                    ))}
                    <td className="vc-lines__auxcell">
                      <button
                        type="button"
                        className={hasAux(l) ? 'btn btn--small is-on' : 'btn btn--small'}
                        tabIndex={-1}
                        aria-expanded={openAux.has(l.key)}
                        onClick={() =>
                          setOpenAux((s) => {
                            const n = new Set(s);
                            if (n.has(l.key)) n.delete(l.key);
                            else n.add(l.key);
                            return n;
                          })
                        }
                        data-testid={`voucher-line-${i}-aux`}
                      >
                        {t('vouchers.editor.aux')}
                      </button>
                      {editable && lines.length > 1 ? (
                        <button
                          type="button"
                          className="vc-lines__remove"
                          tabIndex={-1}
                          aria-label={t('vouchers.editor.removeLine', { n: i + 1 })}
                          onClick={() => {
                            setLines((ls) => ls.filter((_, j) => j !== i));
                            setDirty(true);
                          }}
                        >
                          ×
                        </button>
                      ) : null}
                    </td>
                  </tr>
                  {openAux.has(l.key) ? (
                    <tr className="vc-lines__auxrow" data-testid={`voucher-line-${i}-auxrow`}>
                      <td />
                      <td colSpan={5}>
                        <AuxFields line={l} editable={editable} projects={projects} onChange={(p) => change(i, p)} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={3} className="vc-lines__words" data-testid="voucher-words">
                  {t('vouchers.editor.inWords', {
                    words:
                      voucher && !dirty
                        ? voucher.amountInWords
                        : totals.complete && totals.debitCents !== 0
                          ? amountInWords(totals.debitCents)
                          : '',
                  })}
                </td>
                <td className="num" data-testid="voucher-total-debit">
                  {formatAmount(totals.debitCents)}
                </td>
                <td className="num" data-testid="voucher-total-credit">
                  {formatAmount(totals.creditCents)}
                </td>
                <td />
              </tr>
              <tr>
                <td colSpan={3} className="vc-lines__keys">
                  {editable
                    ? t('vouchers.editor.keys')
                    : t('vouchers.editor.readOnly', { status: t(`vouchers.statuses.${status}`) })}
                </td>
                <td colSpan={2} className="num">
                  <span
                    className={totals.differenceCents === 0 ? 'vc-diff vc-diff--ok' : 'vc-diff vc-diff--bad'}
                    data-testid="voucher-difference"
                  >
                    {totals.differenceCents === 0
                      ? t('vouchers.editor.balanced')
                      : `${t('vouchers.editor.difference')} ${formatAmount(totals.differenceCents)}`}
                  </span>
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
          {editable ? (
            <button
              type="button"
              className="btn btn--small vc-addline"
              onClick={() => setLines((ls) => [...ls, emptyLine()])}
              data-testid="voucher-add-line"
            >
              ＋ {t('vouchers.editor.addLine')}
            </button>
          ) : null}
        </div>
        <div className="form__actions vc-actions">
          {editable ? (
            <button
              type="button"
              className="btn btn--primary"
              disabled={busy}
              onClick={() => void save()}
              data-testid="voucher-save"
            >
              {t('vouchers.editor.save')}
            </button>
          ) : null}
          {voucher?.status === 'draft' ? (
            <>
              {can('vouchers.review') ? (
                <button
                  type="button"
                  className="btn"
                  disabled={busy || dirty}
                  onClick={() => void act('review')}
                  data-testid="voucher-review"
                >
                  {t('vouchers.editor.review')}
                </button>
              ) : null}
              {can('vouchers.void') ? (
                <button
                  type="button"
                  className="btn"
                  disabled={busy}
                  onClick={() => void act('void')}
                  data-testid="voucher-void"
                >
                  {t('vouchers.editor.void')}
                </button>
              ) : null}
            </>
          ) : null}
          {voucher?.status === 'reviewed' ? (
            <>
              {can('vouchers.post') ? (
                <button
                  type="button"
                  className="btn btn--primary"
                  disabled={busy}
                  onClick={() => void act('post')}
                  data-testid="voucher-post"
                >
                  {t('vouchers.editor.post')}
                </button>
              ) : null}
              {can('vouchers.unreview') ? (
                <button
                  type="button"
                  className="btn"
                  disabled={busy}
                  onClick={() => void act('unreview')}
                  data-testid="voucher-unreview"
                >
                  {t('vouchers.editor.unreview')}
                </button>
              ) : null}
            </>
          ) : null}
          {(voucher?.status === 'draft' || voucher?.status === 'reviewed') && can('vouchers.approve') ? (
            voucher.approver === null ? (
              <button
                type="button"
                className="btn"
                disabled={busy || dirty}
                onClick={() => void act('approve')}
                data-testid="voucher-approve"
              >
                {t('vouchers.editor.approve')}
              </button>
            ) : (
              <button
                type="button"
                className="btn"
                disabled={busy}
                onClick={() => void act('unapprove')}
                data-testid="voucher-unapprove"
              >
                {t('vouchers.editor.unapprove')}
              </button>
            )
          ) : null}
          {voucher?.status === 'posted' &&
          voucher.reversedById === null &&
          voucher.reversesId === null &&
          can('vouchers.reverse') ? (
            <span className="vc-reverse">
              <label>
                {t('vouchers.editor.reverseDate')}{' '}
                <DateInput value={reverseDate} onChange={setReverseDate} data-testid="voucher-reverse-date" />
              </label>
              <button
                type="button"
                className="btn vc-btn--red"
                disabled={busy}
                onClick={() => void act('reverse')}
                data-testid="voucher-reverse"
              >
                {t('vouchers.editor.reverse')}
              </button>
            </span>
          ) : null}
          <div className="toolbar__spacer" />
          {voucher ? (
            <button type="button" className="btn" onClick={() => window.print()} data-testid="voucher-print">
              {t('vouchers.editor.print')}
            </button>
          ) : null}
          <button type="button" className="btn" onClick={close} data-testid="voucher-close">
            {t('vouchers.editor.close')}
          </button>
        </div>
      </div>
      {voucher && !dirty ? <VoucherPrint voucher={voucher} union={union} /> : null}
    </Modal>
  );
}

function LinkButton({
  id,
  keyName,
  links,
  onOpen,
  testId,
}: {
  id: number;
  keyName: string;
  links: Record<number, string>;
  onOpen(id: number): void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <button type="button" className="vc-link" onClick={() => onOpen(id)} data-testid={testId}>
      {t(`vouchers.editor.${keyName}`, { label: links[id] ?? `#${id}` })}
    </button>
  );
}

function AuxFields({
  line,
  editable,
  projects,
  onChange,
}: {
  line: LineState;
  editable: boolean;
  projects: ProjectDto[];
  onChange(patch: Partial<LineState>): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="vc-aux">
      <label>
        {t('vouchers.editor.project')}
        <select value={line.projectId} disabled={!editable} onChange={(e) => onChange({ projectId: e.target.value })}>
          <option value="">{t('vouchers.editor.noProject')}</option>
          {projects.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {p.code} {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('vouchers.editor.spendingKind')}
        <select
          value={line.spendingKind}
          disabled={!editable}
          onChange={(e) => onChange({ spendingKind: e.target.value as LineState['spendingKind'] })}
        >
          <option value="">{t('vouchers.editor.spendingKinds.none')}</option>
          <option value="basic">{t('vouchers.editor.spendingKinds.basic')}</option>
          <option value="project">{t('vouchers.editor.spendingKinds.project')}</option>
        </select>
      </label>
      <label>
        {t('vouchers.editor.counterparty')}
        <input
          value={line.counterparty}
          disabled={!editable}
          maxLength={100}
          onChange={(e) => onChange({ counterparty: e.target.value })}
        />
      </label>
      <label>
        {t('vouchers.editor.budgetLine')}
        <input
          value={line.budgetLine}
          disabled={!editable}
          maxLength={40}
          onChange={(e) => onChange({ budgetLine: e.target.value })}
        />
      </label>
      <label>
        {t('vouchers.editor.memberId')}
        <input
          className="vc-aux__id"
          inputMode="numeric"
          value={line.memberId}
          disabled={!editable}
          onChange={(e) => onChange({ memberId: e.target.value })}
        />
      </label>
      <label>
        {t('vouchers.editor.groupId')}
        <input
          className="vc-aux__id"
          inputMode="numeric"
          value={line.groupId}
          disabled={!editable}
          onChange={(e) => onChange({ groupId: e.target.value })}
        />
      </label>
    </div>
  );
}
