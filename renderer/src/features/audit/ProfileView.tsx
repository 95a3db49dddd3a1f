import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import type { Output } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Modal } from '../../components/Modal';
import { Notice, type NoticeValue } from '../../components/Notice';
import { bi } from './labels';
import { useCan } from '../users/AuthContext';
import { IfCan } from '../../components/IfCan';

type Profiles = Output<'audit.profiles.list'>;
type ProfileData = Output<'audit.profiles.get'>;
type Value = ProfileData['values'][number];

interface Props {
  today: string;
  onNotice(n: NoticeValue): void;
}

/** 政策参数: the profile in use, its values with document, effective date and grade, history; edit = new version. */
export function ProfileView({ today, onNotice }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const can = useCan();
  const [profiles, setProfiles] = useState<Profiles | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const [data, setData] = useState<ProfileData | null>(null);
  const [editing, setEditing] = useState<Value | null>(null);
  const [version, setVersion] = useState(0);
  const fail = useCallback((error: unknown) => onNotice({ kind: 'error', error }), [onNotice]);

  useEffect(() => {
    api
      .call('audit.profiles.list', {})
      .then((ps) => {
        setProfiles(ps);
        setCode((c) => c ?? ps.find((p) => p.chosen)?.code ?? ps[0]?.code ?? null);
      })
      .catch(fail);
  }, [api, fail, version]);

  useEffect(() => {
    if (code === null) return;
    let live = true;
    api
      .call('audit.profiles.get', { code })
      .then((d) => live && setData(d))
      .catch(fail);
    return () => {
      live = false;
    };
  }, [api, code, fail, version]);

  async function choose() {
    if (code === null) return;
    try {
      const p = await api.call('audit.profiles.choose', { code });
      onNotice({ kind: 'ok', key: 'audit.profile.chosen', values: { name: bi(p.name, i18n.language) } });
      setVersion((v) => v + 1);
    } catch (e) {
      fail(e);
    }
  }

  const mayEdit = can('audit.profiles.setValue');
  const yesNo = (b: boolean) => (b ? t('audit.profile.yes') : t('audit.profile.no'));
  return (
    <div className="au-scroll au-profile">
      <div className="toolbar">
        <label className="toolbar__label">
          {t('audit.profile.choose')}
          <select
            className="toolbar__select"
            value={code ?? ''}
            onChange={(e) => setCode(e.target.value)}
            data-testid="audit-profile-select"
          >
            {(profiles ?? []).map((p) => (
              <option key={p.code} value={p.code}>
                {bi(p.name, i18n.language)}
                {p.chosen ? ' ✓' : ''}
              </option>
            ))}
          </select>
        </label>
        <IfCan method="audit.profiles.choose">
          <button
            type="button"
            className="btn"
            disabled={!profiles || profiles.find((p) => p.code === code)?.chosen === true}
            onClick={() => void choose()}
            data-testid="audit-profile-choose"
          >
            {t('audit.profile.useThis')}
          </button>
        </IfCan>
      </div>
      <h3 className="form-section__title">{t('audit.profile.current')}</h3>
      <table className="mini-table" data-testid="audit-profile-values">
        <thead>
          <tr>
            <th>{t('audit.profile.key')}</th>
            <th>{t('audit.profile.value')}</th>
            <th>{t('audit.profile.document')}</th>
            <th>{t('audit.profile.effectiveFrom')}</th>
            <th>{t('audit.profile.grade')}</th>
            <th>{t('audit.profile.version')}</th>
            <th>{t('audit.profile.from')}</th>
            {mayEdit ? <th /> : null}
          </tr>
        </thead>
        <tbody>
          {(data?.values ?? []).map((v) => (
            <tr key={v.key} data-testid={`audit-param-${v.key}`}>
              <td>
                {bi(v.label, i18n.language)}
                <div className="au-muted">{v.key}</div>
              </td>
              <td data-testid={`audit-param-${v.key}-value`}>
                {v.value}
                {v.example ? <span className="tag tag--warn">{t('audit.profile.example')}</span> : null}
              </td>
              <td className="au-citation">{v.document ?? ''}</td>
              <td>{v.effectiveFrom}</td>
              <td>{v.sourceGrade}</td>
              <td>v{v.version}</td>
              <td>{v.fromProfile}</td>
              {mayEdit ? (
                <td>
                  <button
                    type="button"
                    className="btn btn--small"
                    onClick={() => setEditing(v)}
                    data-testid={`audit-param-${v.key}-edit`}
                  >
                    {t('audit.profile.edit')}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="form-section__title">{t('audit.profile.history')}</h3>
      <table className="mini-table" data-testid="audit-profile-history">
        <thead>
          <tr>
            <th>{t('audit.profile.key')}</th>
            <th>{t('audit.profile.version')}</th>
            <th>{t('audit.profile.value')}</th>
            <th>{t('audit.profile.document')}</th>
            <th>{t('audit.profile.effectiveFrom')}</th>
            <th>{t('audit.profile.example')}</th>
            <th>{t('audit.profile.by')}</th>
            <th>{t('audit.profile.at')}</th>
          </tr>
        </thead>
        <tbody>
          {(data?.history ?? []).map((v) => (
            <tr key={v.id}>
              <td>{v.key}</td>
              <td>v{v.version}</td>
              <td>{v.value}</td>
              <td className="au-citation">{v.document ?? ''}</td>
              <td>{v.effectiveFrom}</td>
              <td>{yesNo(v.example)}</td>
              <td>{v.createdBy}</td>
              <td>{v.createdAt.slice(0, 16).replace('T', ' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing && code ? (
        <EditValueDialog
          code={code}
          value={editing}
          today={today}
          onClose={() => setEditing(null)}
          onSaved={(key) => {
            setEditing(null);
            setVersion((x) => x + 1);
            onNotice({ kind: 'ok', key: 'audit.profile.saved', values: { key } });
          }}
        />
      ) : null}
    </div>
  );
}

function EditValueDialog({
  code,
  value,
  today,
  onClose,
  onSaved,
}: {
  code: string;
  value: Value;
  today: string;
  onClose(): void;
  onSaved(key: string): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState(value.value);
  const [document, setDocument] = useState(value.document ?? '');
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [grade, setGrade] = useState<'A' | 'B' | 'C'>(value.sourceGrade);
  const [example, setExample] = useState(value.example);
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState<NoticeValue | null>(null);

  async function save() {
    try {
      await api.call('audit.profiles.setValue', {
        code,
        key: value.key,
        value: text,
        effectiveFrom,
        sourceGrade: grade,
        example,
        ...(document.trim() ? { document: document.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      onSaved(value.key);
    } catch (e) {
      setNotice({ kind: 'error', error: e });
    }
  }

  return (
    <Modal title={t('audit.profile.editTitle', { key: value.key })} onClose={onClose} testId="audit-param-dialog">
      <div className="form__body">
        <p className="page__hint">{t('audit.profile.editHint')}</p>
        <Notice notice={notice} onDismiss={() => setNotice(null)} testId="audit-param-notice" />
        <label className="field">
          <span className="field__label">{t('audit.profile.value')}</span>
          <input
            className="field__control"
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="audit-param-value"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('audit.profile.document')}</span>
          <input
            className="field__control"
            value={document}
            onChange={(e) => setDocument(e.target.value)}
            data-testid="audit-param-document"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('audit.profile.effectiveFrom')}</span>
          <DateInput
            className="field__control input-date"
            value={effectiveFrom}
            onChange={setEffectiveFrom}
            data-testid="audit-param-from"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('audit.profile.grade')}</span>
          <select
            className="field__control"
            value={grade}
            onChange={(e) => setGrade(e.target.value as 'A' | 'B' | 'C')}
          >
            <option value="A">A</option>
            <option value="B">B</option>
            <option value="C">C</option>
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={example} onChange={(e) => setExample(e.target.checked)} />
          {t('audit.profile.example')}
        </label>
        <label className="field">
          <span className="field__label">{t('audit.profile.note')}</span>
          <input className="field__control" value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <div className="form__actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('audit.decide.cancel')}
          </button>
          <button type="button" className="btn btn--primary" onClick={() => void save()} data-testid="audit-param-save">
            {t('audit.profile.save')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
