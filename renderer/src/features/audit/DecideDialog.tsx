import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Modal } from '../../components/Modal';
import { Notice, type NoticeValue } from '../../components/Notice';

const DECISIONS = ['confirmed_breach', 'accepted', 'rectified'] as const;
type Decision = (typeof DECISIONS)[number];

interface Props {
  findingIds: number[];
  year: number;
  onDone(count: number): void;
  onClose(): void;
}

/** The committee's decision on one or many findings at once: decision, a required comment, optionally a meeting. */
export function DecideDialog({ findingIds, year, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [decision, setDecision] = useState<Decision>('confirmed_breach');
  const [comment, setComment] = useState('');
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [correcting, setCorrecting] = useState('');
  const [meetings, setMeetings] = useState<MeetingDto[]>([]);
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue | null>(null);

  useEffect(() => {
    api
      .call('audit.meetings.list', { year })
      .then(setMeetings)
      .catch(() => setMeetings([]));
  }, [api, year]);

  async function save() {
    if (comment.trim() === '') {
      setError(true);
      return;
    }
    setBusy(true);
    try {
      const saved = await api.call('audit.decide', {
        findingIds,
        decision,
        comment: comment.trim(),
        ...(meetingId !== null ? { meetingId } : {}),
        ...(decision === 'rectified' && /^\d+$/.test(correcting.trim())
          ? { correctingVoucherId: Number(correcting.trim()) }
          : {}),
      });
      onDone(saved.length);
    } catch (e) {
      setNotice({ kind: 'error', error: e });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal title={t('audit.decide.title', { count: findingIds.length })} onClose={onClose} testId="audit-decide-dialog">
      <div className="form__body au-decide">
        <Notice notice={notice} onDismiss={() => setNotice(null)} testId="audit-decide-notice" />
        <fieldset className="au-decide__choices">
          <legend>{t('audit.decide.decision')}</legend>
          {DECISIONS.map((d) => (
            <label key={d} className="au-radio">
              <input
                type="radio"
                name="audit-decision"
                value={d}
                checked={decision === d}
                onChange={() => setDecision(d)}
                data-testid={`audit-decide-${d}`}
              />
              {t(`audit.decision.${d}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field__label">{t('audit.decide.comment')}</span>
          <textarea
            className="field__control"
            rows={3}
            value={comment}
            maxLength={1000}
            onChange={(e) => {
              setComment(e.target.value);
              setError(false);
            }}
            data-testid="audit-decide-comment"
          />
          {error ? (
            <span className="field__error" data-testid="audit-decide-comment-error">
              {t('audit.decide.commentRequired')}
            </span>
          ) : null}
        </label>
        {decision === 'rectified' ? (
          <label className="field">
            <span className="field__label">{t('audit.decide.correcting')}</span>
            <input
              className="field__control"
              inputMode="numeric"
              value={correcting}
              onChange={(e) => setCorrecting(e.target.value)}
              data-testid="audit-decide-correcting"
            />
          </label>
        ) : null}
        <label className="field">
          <span className="field__label">{t('audit.decide.meeting')}</span>
          <select
            className="field__control"
            value={meetingId ?? ''}
            onChange={(e) => setMeetingId(e.target.value === '' ? null : Number(e.target.value))}
            data-testid="audit-decide-meeting"
          >
            <option value="">{t('audit.decide.noMeeting')}</option>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.date} {m.title}
              </option>
            ))}
          </select>
        </label>
        <div className="form__actions">
          <button type="button" className="btn" onClick={onClose} data-testid="audit-decide-cancel">
            {t('audit.decide.cancel')}
          </button>
          <button
            type="button"
            className="btn btn--primary"
            disabled={busy}
            onClick={() => void save()}
            data-testid="audit-decide-confirm"
          >
            {t('audit.decide.confirm')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
