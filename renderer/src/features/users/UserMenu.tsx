import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { Modal } from '../../components/Modal';
import { useAuth } from './AuthContext';
import { ChangePasswordForm } from './PasswordForms';

/** Who is logged in, with their roles; change password; log out. */
export function UserMenu() {
  const api = useApi();
  const { t } = useTranslation();
  const { status, refresh } = useAuth();
  const [changing, setChanging] = useState(false);
  const [notice, setNotice] = useState(false);
  const user = status.user;
  if (!user) return null;
  return (
    <div className="usermenu" aria-label={t('auth.userMenu')}>
      <span className="usermenu__name" data-testid="current-user">
        {user.name}
      </span>
      <span className="usermenu__roles" data-testid="current-roles">
        {user.roles.map((r) => t(`roles.${r}`)).join('、')}
      </span>
      {notice ? (
        <span className="usermenu__notice" role="status" data-testid="password-changed">
          {t('auth.changed')}
        </span>
      ) : null}
      <button type="button" className="btn btn--small" onClick={() => setChanging(true)} data-testid="change-password">
        {t('auth.change')}
      </button>
      <button
        type="button"
        className="btn btn--small"
        data-testid="logout"
        onClick={() => void api.call('auth.logout', {}).finally(refresh)}
      >
        {t('auth.logout')}
      </button>
      {changing ? (
        <Modal title={t('auth.changeTitle')} onClose={() => setChanging(false)} testId="password-dialog">
          <ChangePasswordForm
            onCancel={() => setChanging(false)}
            onDone={() => {
              setChanging(false);
              setNotice(true);
              refresh();
            }}
          />
        </Modal>
      ) : null}
    </div>
  );
}
