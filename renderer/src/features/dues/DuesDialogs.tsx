import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import type { AssessmentRow, DuesBatchDto, Output } from '../../shared/contract';
import { DUES_METHODS } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Modal } from '../../components/Modal';
import { Notice, type NoticeValue } from '../../components/Notice';
import { formatAmount } from '../../format/money';

type Method = (typeof DUES_METHODS)[number];

function DialogForm({
  title,
  testId,
  submit,
  busy,
  notice,
  onNotice,
  onCancel,
  onSubmit,
  children,
}: {
  title: string;
  testId: string;
  submit: string;
  busy: boolean;
  notice: NoticeValue | null;
  onNotice(n: NoticeValue | null): void;
  onCancel(): void;
  onSubmit(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal title={title} onClose={onCancel} testId={testId}>
      <form
        className="form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <div className="form__body">
          <Notice notice={notice} onDismiss={() => onNotice(null)} testId={`${testId}-notice`} />
          {children}
        </div>
        <div className="form__actions">
          <button type="button" className="btn" onClick={onCancel}>
            {t('dues.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy} data-testid={`${testId}-submit`}>
            {submit}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** 收缴: one batch for the month (everyone unpaid, or the selected member), posted to 101/102 ↔ 401. */
export function CollectDialog({
  period,
  defaultDate,
  selected,
  onCancel,
  onDone,
}: {
  period: string;
  defaultDate: string;
  selected: AssessmentRow | null;
  onCancel(): void;
  onDone(b: DuesBatchDto): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [date, setDate] = useState(defaultDate);
  const [method, setMethod] = useState<Method>('payroll');
  const [onlySelected, setOnlySelected] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue | null>(null);

  async function submit() {
    setBusy(true);
    try {
      const b = await api.call('dues.collect', {
        date,
        method,
        period,
        ...(onlySelected && selected ? { memberIds: [selected.memberId] } : {}),
        note: note.trim() || null,
      });
      onDone(b);
    } catch (error) {
      setNotice({ kind: 'error', error });
      setBusy(false);
    }
  }

  return (
    <DialogForm
      title={t('dues.collectForm.title', { period })}
      testId="dues-collect"
      submit={t('dues.collectForm.submit')}
      busy={busy}
      notice={notice}
      onNotice={setNotice}
      onCancel={onCancel}
      onSubmit={() => void submit()}
    >
      <Row label={t('dues.collectForm.date')}>
        <DateInput value={date} onChange={setDate} data-testid="dues-collect-date" />
      </Row>
      <Row label={t('dues.collectForm.method')}>
        <select value={method} onChange={(e) => setMethod(e.target.value as Method)} data-testid="dues-collect-method">
          {DUES_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`dues.methods.${m}`)}
            </option>
          ))}
        </select>
      </Row>
      <Row label={t('dues.collectForm.who')}>
        <select
          value={onlySelected ? 'one' : 'all'}
          onChange={(e) => setOnlySelected(e.target.value === 'one')}
          data-testid="dues-collect-who"
        >
          <option value="all">{t('dues.collectForm.all')}</option>
          {selected ? (
            <option value="one">
              {t('dues.collectForm.selected', { name: `${selected.memberNo} ${selected.name}` })}
            </option>
          ) : null}
        </select>
      </Row>
      <Row label={t('dues.collectForm.note')}>
        <input value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} data-testid="dues-collect-note" />
      </Row>
      <p className="field__hint dues-posts">
        {t(method === 'cash' ? 'dues.collectForm.postsCash' : 'dues.collectForm.postsBank')}
      </p>
    </DialogForm>
  );
}

/** 设置基数: the member's monthly wage base from a month on (the history keeps earlier bases). */
export function BaseDialog({
  member,
  period,
  onCancel,
  onDone,
}: {
  member: AssessmentRow;
  period: string;
  onCancel(): void;
  onDone(n: NoticeValue): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [from, setFrom] = useState(period);
  const [base, setBase] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [history, setHistory] = useState<Output<'dues.bases'> | null>(null);
  const name = `${member.memberNo} ${member.name}`;

  useEffect(() => {
    api
      .call('dues.bases', { memberId: member.memberId })
      .then(setHistory)
      .catch((error: unknown) => setNotice({ kind: 'error', error }));
  }, [api, member.memberId]);

  async function submit() {
    setBusy(true);
    try {
      const r = await api.call('dues.setBase', { memberId: member.memberId, period: from, base });
      const again = r.reassess.length > 0 ? t('dues.baseForm.reassess', { months: r.reassess.join('、') }) : '';
      onDone({
        kind: 'ok',
        key: 'dues.baseSaved',
        values: {
          text:
            t('dues.baseForm.saved', {
              name,
              period: r.period,
              base: formatAmount(r.baseCents),
              previous: r.previousBaseCents === null ? t('dues.baseForm.none') : formatAmount(r.previousBaseCents),
            }) + again,
        },
      });
    } catch (error) {
      setNotice({ kind: 'error', error });
      setBusy(false);
    }
  }

  return (
    <DialogForm
      title={t('dues.baseForm.title', { name })}
      testId="dues-base"
      submit={t('dues.baseForm.submit')}
      busy={busy}
      notice={notice}
      onNotice={setNotice}
      onCancel={onCancel}
      onSubmit={() => void submit()}
    >
      <Row label={t('dues.baseForm.from')}>
        <input type="month" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="dues-base-from" />
      </Row>
      <Row label={t('dues.baseForm.base')}>
        <input
          className="input-amount"
          inputMode="decimal"
          value={base}
          placeholder={formatAmount(member.baseCents)}
          onChange={(e) => setBase(e.target.value)}
          data-testid="dues-base-amount"
        />
      </Row>
      {history && history.length > 0 ? (
        <table className="bk-table dues-base-history" data-testid="dues-base-history">
          <caption>{t('dues.baseForm.history')}</caption>
          <thead>
            <tr>
              <th>{t('dues.baseForm.from')}</th>
              <th className="num">{t('dues.columns.base')}</th>
              <th>{t('dues.baseForm.source')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={h.period}>
                <td>{h.period}</td>
                <td className="num">{formatAmount(h.baseCents)}</td>
                <td>{t(`dues.baseForm.sources.${h.source}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </DialogForm>
  );
}

/** 减免: the member pays no dues from a month (to a month, or open-ended), with the reason on record. */
export function ExemptDialog({
  member,
  period,
  onCancel,
  onDone,
}: {
  member: AssessmentRow;
  period: string;
  onCancel(): void;
  onDone(n: NoticeValue): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [from, setFrom] = useState(period);
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const name = `${member.memberNo} ${member.name}`;

  async function submit() {
    setBusy(true);
    try {
      const r = await api.call('dues.exemptions.add', {
        memberId: member.memberId,
        fromPeriod: from,
        toPeriod: to || null,
        reason,
      });
      onDone({ kind: 'ok', key: 'dues.exemptForm.saved', values: { name, from: r.fromPeriod } });
    } catch (error) {
      setNotice({ kind: 'error', error });
      setBusy(false);
    }
  }

  return (
    <DialogForm
      title={t('dues.exemptForm.title', { name })}
      testId="dues-exempt"
      submit={t('dues.exemptForm.submit')}
      busy={busy}
      notice={notice}
      onNotice={setNotice}
      onCancel={onCancel}
      onSubmit={() => void submit()}
    >
      <Row label={t('dues.exemptForm.from')}>
        <input type="month" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="dues-exempt-from" />
      </Row>
      <Row label={t('dues.exemptForm.to')}>
        <input type="month" value={to} onChange={(e) => setTo(e.target.value)} data-testid="dues-exempt-to" />
      </Row>
      <Row label={t('dues.exemptForm.reason')}>
        <input
          value={reason}
          maxLength={200}
          onChange={(e) => setReason(e.target.value)}
          data-testid="dues-exempt-reason"
        />
      </Row>
    </DialogForm>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <span className="field__control">{children}</span>
    </label>
  );
}
