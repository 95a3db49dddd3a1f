import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { messageIn } from '../i18n/error-text';

/**
 * Feedback kept as data, not text, so it follows a language switch while shown: an i18n key with values,
 * or an error (an ApiError carries both languages).
 */
export type NoticeValue =
  { kind: 'ok'; key: string; values?: Record<string, string> } | { kind: 'error'; error: unknown };

/** One line of feedback under a toolbar: what just happened, or what went wrong. */
export function Notice({
  notice,
  onDismiss,
  testId,
}: {
  notice: NoticeValue | null;
  onDismiss(): void;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  if (!notice) return null;
  let text: string;
  if (notice.kind === 'ok') text = t(notice.key, notice.values ?? {});
  else if (isApiError(notice.error)) text = messageIn(i18n.language === 'en' ? 'en' : 'zh-CN', notice.error);
  else text = t('errors.unexpected', { detail: String(notice.error) });
  return (
    <div
      className={`notice notice--${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      <span className="notice__text">{text}</span>
      <button type="button" className="notice__close" onClick={onDismiss} aria-label={t('common.close')}>
        ×
      </button>
    </div>
  );
}
