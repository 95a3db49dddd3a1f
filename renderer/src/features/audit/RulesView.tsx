import { useTranslation } from 'react-i18next';
import type { RuleDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import type { NoticeValue } from '../../components/Notice';
import { bi } from './labels';
import { useCan } from '../users/AuthContext';

interface Props {
  rules: RuleDto[] | null;
  onChanged(rule: RuleDto): void;
  onNotice(n: NoticeValue): void;
}

/** 规则目录: every rule's text, citation, parameters and an on/off switch. */
export function RulesView({ rules, onChanged, onNotice }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const maySet = useCan()('audit.setRuleEnabled');
  if (!rules) return <p className="page__hint">{t('common.loading')}</p>;

  async function toggle(rule: RuleDto, enabled: boolean) {
    try {
      const r = await api.call('audit.setRuleEnabled', { ruleId: rule.id, enabled });
      onChanged(r);
      onNotice({
        kind: 'ok',
        key: 'audit.rules.toggled',
        values: { id: r.id, state: t(enabled ? 'audit.rules.on' : 'audit.rules.off') },
      });
    } catch (error) {
      onNotice({ kind: 'error', error });
    }
  }

  return (
    <div className="au-scroll">
      <table className="mini-table au-rules" data-testid="audit-rules">
        <thead>
          <tr>
            <th>{t('audit.rules.id')}</th>
            <th>{t('audit.rules.title')}</th>
            <th>{t('audit.rules.kind')}</th>
            <th>{t('audit.rules.severity')}</th>
            <th>{t('audit.rules.citation')}</th>
            <th>{t('audit.rules.params')}</th>
            <th>{t('audit.rules.enabled')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.id} data-testid={`audit-rule-${r.id}`} className={r.enabled ? undefined : 'au-off'}>
              <td>{r.id}</td>
              <td>
                <strong>{bi(r.title, i18n.language)}</strong>
                <div className="au-muted">{bi(r.description, i18n.language)}</div>
              </td>
              <td>{t(`audit.kind.${r.kind}`)}</td>
              <td>
                <span className={`sev sev--${r.severity}`}>{t(`audit.severity.${r.severity}`)}</span>
              </td>
              <td className="au-citation">{bi(r.citation, i18n.language)}</td>
              <td className="au-muted">{r.params.join(', ')}</td>
              <td>
                {maySet ? (
                  <input
                    type="checkbox"
                    role="switch"
                    aria-label={`${r.id} ${t('audit.rules.enabled')}`}
                    checked={r.enabled}
                    onChange={(e) => void toggle(r, e.target.checked)}
                    data-testid={`audit-rule-${r.id}-enabled`}
                  />
                ) : (
                  <span data-testid={`audit-rule-${r.id}-state`}>
                    {r.enabled ? t('audit.profile.yes') : t('audit.profile.no')}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
