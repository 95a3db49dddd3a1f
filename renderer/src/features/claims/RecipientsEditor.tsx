import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDto } from '../../shared/contract';
import { controlId, type RecipientMode, type RecipientRow } from './claim-form-values';
import { MemberPicker } from './MemberPicker';

interface RecipientsEditorProps {
  mode: RecipientMode;
  rows: RecipientRow[];
  count: string;
  errorText(path: string): string | undefined;
  onMode(mode: RecipientMode): void;
  onAdd(member: MemberDto, amount: string): void;
  onChange(index: number, patch: Partial<RecipientRow>): void;
  onRemove(index: number): void;
  onAll(patch: Partial<Pick<RecipientRow, 'amount' | 'signed'>>): void;
  onCount(count: string): void;
}

const MODES: RecipientMode[] = ['none', 'members', 'count'];
const MODE_KEY = { none: 'modeNone', members: 'modeMembers', count: 'modeCount' } as const;

/**
 * Who benefited: a member list (picked by typing a number or name; an amount and a sign-off each, with a
 * "same amount for all" helper), or just a head count.
 */
export function RecipientsEditor(p: RecipientsEditorProps) {
  const { t } = useTranslation();
  const [same, setSame] = useState('');
  const listed = new Set(p.rows.map((r) => r.memberId));
  const countError = p.errorText('beneficiaries.count');
  const listError = p.errorText('beneficiaries.members') ?? p.errorText('beneficiaries');
  return (
    <div className="row-editor" data-testid="claim-recipients">
      <div className="radio-row" role="radiogroup" aria-label={t('claims.form.recipientMode')}>
        {MODES.map((m) => (
          <label key={m} className="radio">
            <input
              type="radio"
              name="claim-recipient-mode"
              value={m}
              checked={p.mode === m}
              onChange={() => p.onMode(m)}
              data-testid={`claim-recipients-mode-${m}`}
            />
            {t(`claims.form.${MODE_KEY[m]}`)}
          </label>
        ))}
      </div>

      {p.mode === 'count' ? (
        <div className={countError ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor={controlId('beneficiaries.count')}>
            {t('claims.form.count')}
          </label>
          <div className="field__control">
            <input
              id={controlId('beneficiaries.count')}
              className="input-count"
              inputMode="numeric"
              maxLength={7}
              autoComplete="off"
              value={p.count}
              aria-invalid={countError ? true : undefined}
              onChange={(e) => p.onCount(e.target.value)}
              data-testid="claim-form-count"
            />
          </div>
          {countError ? (
            <div className="field__error" role="alert" data-testid="claim-error-beneficiaries-count">
              {countError}
            </div>
          ) : null}
        </div>
      ) : null}

      {p.mode === 'members' ? (
        <>
          <div className="recipients-tools">
            <label className="recipients-tools__label" htmlFor="claim-form-member-picker">
              {t('claims.form.pickMember')}
            </label>
            <MemberPicker listed={listed} onPick={(m) => p.onAdd(m, same)} />
            <span className="toolbar__sep" aria-hidden="true" />
            <label className="recipients-tools__label" htmlFor="claim-form-same-amount">
              {t('claims.form.sameAmount')}
            </label>
            <input
              id="claim-form-same-amount"
              className="input-amount recipients-tools__amount"
              inputMode="decimal"
              maxLength={40}
              autoComplete="off"
              value={same}
              onChange={(e) => setSame(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault(); // apply to everyone, do not submit
                  p.onAll({ amount: same.trim() });
                }
              }}
              data-testid="claim-same-amount"
            />
            <button
              type="button"
              className="btn btn--small"
              onClick={() => p.onAll({ amount: same.trim() })}
              disabled={p.rows.length === 0 || same.trim() === ''}
              data-testid="claim-same-amount-apply"
            >
              {t('claims.form.applySameAmount')}
            </button>
            <button
              type="button"
              className="btn btn--small"
              onClick={() => p.onAll({ signed: true })}
              disabled={p.rows.length === 0}
              data-testid="claim-sign-all"
            >
              {t('claims.form.signAll')}
            </button>
          </div>
          <div className="field__hint recipients-tools__hint">{t('claims.form.pickMemberHint')}</div>
          {p.rows.length > 0 ? (
            <table className="mini-table mini-table--edit" data-testid="claim-recipient-rows">
              <thead>
                <tr>
                  <th className="mini-table__index">#</th>
                  <th className="col-no">{t('claims.form.memberNo')}</th>
                  <th>{t('claims.form.memberName')}</th>
                  <th className="col-amount num">{t('claims.form.memberAmount')}</th>
                  <th className="col-check">{t('claims.form.memberSigned')}</th>
                  <th className="col-action" />
                </tr>
              </thead>
              <tbody>
                {p.rows.map((r, i) => {
                  const amountPath = `beneficiaries.members.${i}.amount`;
                  const amountError = p.errorText(amountPath);
                  const memberError = p.errorText(`beneficiaries.members.${i}.memberId`);
                  return (
                    <tr key={r.key} data-testid={`claim-recipient-${r.memberNo}`}>
                      <td className="mini-table__index">{i + 1}</td>
                      <td>{r.memberNo}</td>
                      <td>
                        {r.name}
                        {r.left ? <span className="tag tag--warn">{t('claims.form.leftTag')}</span> : null}
                        {memberError ? (
                          <div className="cell-error" role="alert" data-testid={`claim-error-recipient-${i}`}>
                            {memberError}
                          </div>
                        ) : null}
                      </td>
                      <td className="num">
                        <input
                          id={controlId(amountPath)}
                          className="input-amount"
                          inputMode="decimal"
                          maxLength={40}
                          autoComplete="off"
                          aria-label={`${t('claims.form.memberAmount')} ${r.name}`}
                          aria-invalid={amountError ? true : undefined}
                          value={r.amount}
                          onChange={(e) => p.onChange(i, { amount: e.target.value })}
                          data-testid={`claim-recipient-${i}-amount`}
                        />
                        {amountError ? (
                          <div className="cell-error" role="alert" data-testid={`claim-error-recipient-${i}-amount`}>
                            {amountError}
                          </div>
                        ) : null}
                      </td>
                      <td className="col-check">
                        <input
                          type="checkbox"
                          aria-label={`${t('claims.form.memberSigned')} ${r.name}`}
                          checked={r.signed}
                          onChange={(e) => p.onChange(i, { signed: e.target.checked })}
                          data-testid={`claim-recipient-${i}-signed`}
                        />
                      </td>
                      <td className="col-action">
                        <button
                          type="button"
                          className="btn btn--small btn--quiet"
                          onClick={() => p.onRemove(i)}
                          aria-label={t('claims.form.removeMember', { name: r.name })}
                          title={t('claims.form.removeMember', { name: r.name })}
                          data-testid={`claim-recipient-${i}-remove`}
                        >
                          ×
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : null}
          <div className="row-editor__count" data-testid="claim-recipient-count">
            {t('claims.form.listCount', { count: p.rows.length })}
          </div>
        </>
      ) : null}
      {listError ? (
        <div className="field__error" role="alert" data-testid="claim-error-beneficiaries">
          {listError}
        </div>
      ) : null}
    </div>
  );
}
