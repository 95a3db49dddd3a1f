import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { Notice, type NoticeValue } from '../../components/Notice';

interface ReopenDialogProps {
  period: string;
  /** Resolves when reopened; rejects with the server's refusal, shown in the dialog. */
  onConfirm(reason: string): Promise<void>;
  onClose(): void;
}

/** 反结账: an administrator's act, confirmed with a reason that goes into the change log. Esc cancels. */
export function ReopenDialog({ period, onConfirm, onClose }: ReopenDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue | null>(null);

  async function submit() {
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    try {
      await onConfirm(reason.trim());
    } catch (error) {
      setNotice({ kind: 'error', error });
      setBusy(false);
    }
  }

  return (
    <Modal title={t('periods.reopenDialog.title', { period })} onClose={onClose} testId="reopen-dialog">
      <form
        className="pd-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <p className="pd-warning" role="note">
          {t('periods.reopenDialog.warning')}
        </p>
        <label className="pd-label" htmlFor="reopen-reason">
          {t('periods.reopenDialog.reason')}
        </label>
        <textarea
          id="reopen-reason"
          className={missing ? 'pd-reason is-invalid' : 'pd-reason'}
          rows={3}
          maxLength={200}
          value={reason}
          aria-invalid={missing}
          onChange={(e) => {
            setReason(e.target.value);
            setMissing(false);
          }}
          onKeyDown={(e) => {
            // Ctrl+Enter confirms from the text box
            if (e.key === 'Enter' && e.ctrlKey) void submit();
          }}
          data-testid="reopen-reason"
        />
        {missing ? (
          <p className="field__error" role="alert" data-testid="reopen-reason-error">
            {t('periods.reopenDialog.reasonRequired')}
          </p>
        ) : null}
        <Notice notice={notice} onDismiss={() => setNotice(null)} testId="reopen-notice" />
      </form>
      <div className="form__actions">
        <button type="button" className="btn" onClick={onClose} data-testid="reopen-cancel">
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy}
          onClick={() => void submit()}
          data-testid="reopen-confirm"
        >
          {t('periods.reopenDialog.confirm')}
        </button>
      </div>
    </Modal>
  );
}
