import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type UserDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { useErrorText } from '../../i18n/error-text';
import type { AreaProps } from '../../shell/areas';

function RolePicker({ value, onChange, idPrefix }: { value: Role[]; onChange(r: Role[]): void; idPrefix: string }) {
  const { t } = useTranslation();
  return (
    <div className="role-picker" role="group">
      {ROLES.map((r) => (
        <label key={r} className="checkbox">
          <input
            type="checkbox"
            data-testid={`${idPrefix}-${r}`}
            checked={value.includes(r)}
            onChange={(e) => onChange(e.target.checked ? [...value, r] : value.filter((x) => x !== r))}
          />
          {t(`roles.${r}`)}
        </label>
      ))}
    </div>
  );
}

/** 用户与角色 (admin): add users, change roles, reset passwords, disable. */
export function UsersPage(_props: AreaProps) {
  const api = useApi();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [users, setUsers] = useState<UserDto[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>(['viewer']);
  const [editing, setEditing] = useState<{ user: UserDto; roles: Role[] } | null>(null);
  const [resetting, setResetting] = useState<{ user: UserDto; password: string } | null>(null);

  const load = useCallback(() => {
    api
      .call('users.list', {})
      .then(setUsers)
      .catch((e: unknown) => setError(errorText(e)));
  }, [api, errorText]);
  useEffect(load, [load]);

  async function act(work: () => Promise<unknown>) {
    setError(null);
    try {
      await work();
      load();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  }

  function create(e: FormEvent) {
    e.preventDefault();
    void act(() => api.call('users.create', { name: name.trim(), password, roles })).then((done) => {
      if (done) {
        setName('');
        setPassword('');
        setRoles(['viewer']);
      }
    });
  }

  return (
    <div className="page" data-testid="users-page">
      <h1 className="page__title">{t('users.title')}</h1>
      <p className="page__hint">{t('users.hint')}</p>
      {error ? (
        <div className="form__error" role="alert" data-testid="users-error">
          {error}
        </div>
      ) : null}
      <table className="table users-table" data-testid="users-table">
        <thead>
          <tr>
            <th>{t('users.name')}</th>
            <th>{t('users.roles')}</th>
            <th>{t('users.state')}</th>
            <th>{t('users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-testid={`user-row-${u.name}`}>
              <td>{u.name}</td>
              <td data-testid="user-roles">{u.roles.map((r) => t(`roles.${r}`)).join('、')}</td>
              <td data-testid="user-state">
                {[
                  u.disabled ? t('users.disabled') : t('users.enabled'),
                  u.mustChange ? t('users.mustChange') : null,
                  u.lockedUntil ? t('users.locked', { time: new Date(u.lockedUntil).toLocaleTimeString() }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </td>
              <td className="table__actions">
                <button
                  type="button"
                  className="btn btn--small"
                  data-testid="user-edit-roles"
                  onClick={() => setEditing({ user: u, roles: u.roles })}
                >
                  {t('users.editRoles')}
                </button>{' '}
                <button
                  type="button"
                  className="btn btn--small"
                  data-testid="user-reset"
                  onClick={() => setResetting({ user: u, password: '' })}
                >
                  {t('users.reset')}
                </button>{' '}
                <button
                  type="button"
                  className="btn btn--small"
                  data-testid="user-disable"
                  onClick={() => void act(() => api.call('users.disable', { id: u.id, disabled: !u.disabled }))}
                >
                  {u.disabled ? t('users.enable') : t('users.disable')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="page__subtitle">{t('users.add')}</h2>
      <form className="form" noValidate onSubmit={create} data-testid="user-create">
        <Field id="user-create-name" label={t('users.name')}>
          <input
            id="user-create-name"
            data-testid="user-create-name"
            value={name}
            maxLength={40}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <Field id="user-create-password" label={t('users.initialPassword')}>
          <input
            id="user-create-password"
            data-testid="user-create-password"
            type="password"
            value={password}
            maxLength={200}
            autoComplete="new-password"
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <Field id="user-create-roles" label={t('users.roles')}>
          <RolePicker value={roles} onChange={setRoles} idPrefix="user-create-role" />
        </Field>
        <div className="form__actions form__actions--left">
          <button type="submit" className="btn btn--primary" data-testid="user-create-submit">
            {t('users.create')}
          </button>
        </div>
      </form>

      {editing ? (
        <Modal
          title={`${editing.user.name} · ${t('users.roles')}`}
          onClose={() => setEditing(null)}
          testId="roles-dialog"
        >
          <RolePicker
            value={editing.roles}
            onChange={(r) => setEditing({ ...editing, roles: r })}
            idPrefix="user-role"
          />
          <div className="form__actions">
            <button type="button" className="btn" onClick={() => setEditing(null)}>
              {t('auth.cancel')}
            </button>
            <button
              type="button"
              className="btn btn--primary"
              data-testid="roles-save"
              onClick={() =>
                void act(() => api.call('users.setRoles', { id: editing.user.id, roles: editing.roles })).then(
                  (done) => done && setEditing(null),
                )
              }
            >
              {t('users.saveRoles')}
            </button>
          </div>
        </Modal>
      ) : null}

      {resetting ? (
        <Modal
          title={t('users.resetTitle', { name: resetting.user.name })}
          onClose={() => setResetting(null)}
          testId="reset-dialog"
        >
          <form
            className="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void act(() =>
                api.call('users.resetPassword', { id: resetting.user.id, password: resetting.password }),
              ).then((done) => done && setResetting(null));
            }}
          >
            <Field id="reset-password" label={t('users.newPassword')}>
              <input
                id="reset-password"
                data-testid="reset-password"
                type="password"
                value={resetting.password}
                maxLength={200}
                autoComplete="new-password"
                onChange={(e) => setResetting({ ...resetting, password: e.target.value })}
              />
            </Field>
            {error ? (
              <div className="form__error" role="alert">
                {error}
              </div>
            ) : null}
            <div className="form__actions">
              <button type="button" className="btn" onClick={() => setResetting(null)}>
                {t('auth.cancel')}
              </button>
              <button type="submit" className="btn btn--primary" data-testid="reset-submit">
                {t('users.resetSubmit')}
              </button>
            </div>
          </form>
        </Modal>
      ) : null}
    </div>
  );
}
