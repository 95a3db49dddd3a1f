import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimDto, ClaimOptions, ProjectDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Modal } from '../../components/Modal';
import { Notice, type NoticeValue } from '../../components/Notice';
import { formatAmount } from '../../format/money';
import { isLanguage } from '../../i18n/languages';
import { accountLabel, labeller } from './labels';

interface ClaimDetailProps {
  claimId: number;
  options: ClaimOptions;
  projects: ProjectDto[];
  onOpenVoucher(voucherId: number): void;
  onClose(): void;
}

/** One claim, read-only (`claims.get`): every field as saved, its invoices and recipients, and its voucher. */
export function ClaimDetail({ claimId, options, projects, onOpenVoucher, onClose }: ClaimDetailProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const [claim, setClaim] = useState<ClaimDto | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);

  useEffect(() => {
    let live = true;
    api
      .call('claims.get', { id: claimId })
      .then((c) => live && setClaim(c))
      .catch((error: unknown) => live && setNotice({ kind: 'error', error }));
    return () => {
      live = false;
    };
  }, [api, claimId]);

  const none = t('claims.detail.none');
  const yesNo = (b: boolean | null) => (b === null ? none : b ? t('claims.detail.yes') : t('claims.detail.no'));
  const or = (s: string | null | undefined) => (s ? s : none);
  const paymentForm = labeller(options.paymentForms, lang);
  const welfare = labeller(options.welfareTypes, lang);
  const relation = labeller(options.relations, lang);
  const kind = labeller(options.spendingKinds, lang);
  const paidFrom = labeller(options.paidFrom, lang);
  const assetAccount = labeller(options.assetAccounts, lang);
  const festival = labeller(options.festivals, lang);
  const project = (id: number | null) => {
    const p = projects.find((x) => x.id === id);
    return p ? `${p.code} ${p.name}` : none;
  };
  const item = (label: string, value: ReactNode, testId?: string) => (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  );

  return (
    <Modal title={t('claims.detail.title')} onClose={onClose} variant="panel" testId="claim-detail">
      <div className="form__body claim-form__body claim-detail">
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
        {claim ? (
          <>
            <div className="claim-detail__voucher">
              <span>{t('claims.detail.voucher')}</span>
              <button
                type="button"
                className="link-button"
                onClick={() => onOpenVoucher(claim.voucherId)}
                title={t('claims.detail.openVoucher')}
                data-testid="claim-detail-voucher"
              >
                {claim.voucherLabel}
              </button>
              {claim.voucherReversed ? <span className="tag tag--warn">{t('claims.reversed')}</span> : null}
            </div>
            <section className="form-section">
              <h3 className="form-section__title">{t('claims.form.sectionBasic')}</h3>
              <dl className="facts facts--two">
                {item(t('claims.form.date'), claim.date, 'claim-detail-date')}
                {item(
                  t('claims.form.accountCode'),
                  accountLabel(claim.accountCode, claim.accountName),
                  'claim-detail-account',
                )}
                {item(t('claims.form.summary'), claim.summary, 'claim-detail-summary')}
                {item(t('claims.form.payee'), claim.payee)}
                {item(
                  t('claims.form.amount'),
                  <span className="num">{formatAmount(claim.amountCents)}</span>,
                  'claim-detail-amount',
                )}
                {item(t('claims.form.paymentForm'), paymentForm(claim.paymentForm), 'claim-detail-paymentForm')}
                {item(t('claims.form.paidFrom'), `${claim.paidFrom} ${paidFrom(claim.paidFrom)}`)}
                {item(t('claims.detail.preparer'), claim.preparer)}
              </dl>
            </section>

            <section className="form-section">
              <h3 className="form-section__title">{t('claims.form.sectionInvoices')}</h3>
              {claim.invoices.length > 0 ? (
                <table className="mini-table" data-testid="claim-detail-invoices">
                  <thead>
                    <tr>
                      <th>{t('claims.form.invoiceNumber')}</th>
                      <th>{t('claims.form.invoiceDate')}</th>
                      <th className="num">{t('claims.form.invoiceAmount')}</th>
                      <th>{t('claims.form.invoiceVerified')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {claim.invoices.map((inv) => (
                      <tr key={inv.id}>
                        <td>{inv.number}</td>
                        <td>{inv.date}</td>
                        <td className="num">{formatAmount(inv.amountCents)}</td>
                        <td>{inv.verified ? '✓' : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="row-editor__empty">{t('claims.form.noInvoices')}</p>
              )}
              <p className="claim-detail__total">
                {t('claims.detail.invoicesTotal', {
                  amount: formatAmount(claim.invoiceTotalCents),
                  count: claim.invoiceCount,
                })}
              </p>
            </section>

            <section className="form-section">
              <h3 className="form-section__title">{t('claims.form.sectionRecipients')}</h3>
              {claim.beneficiaries.length > 0 ? (
                <>
                  <table className="mini-table" data-testid="claim-detail-recipients">
                    <thead>
                      <tr>
                        <th>{t('claims.form.memberNo')}</th>
                        <th>{t('claims.form.memberName')}</th>
                        <th className="num">{t('claims.form.memberAmount')}</th>
                        <th>{t('claims.form.memberSigned')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {claim.beneficiaries.map((b) => (
                        <tr key={b.id}>
                          <td>{b.memberNo ?? none}</td>
                          <td>{b.name}</td>
                          <td className="num">{formatAmount(b.amountCents)}</td>
                          <td>{b.signed ? '✓' : ''}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <p className="claim-detail__total">
                    {t('claims.detail.recipientsTotal', {
                      amount: formatAmount(claim.beneficiaryTotalCents),
                      count: claim.beneficiaries.length,
                    })}
                  </p>
                </>
              ) : (
                <p className="row-editor__empty">
                  {claim.beneficiaryCount !== null
                    ? t('claims.detail.headCount', { count: claim.beneficiaryCount })
                    : t('claims.detail.noRecipients')}
                </p>
              )}
            </section>

            <section className="form-section">
              <h3 className="form-section__title">{t('claims.form.sectionWelfare')}</h3>
              <dl className="facts facts--two">
                {item(t('claims.form.welfareType'), or(welfare(claim.welfareType)), 'claim-detail-welfareType')}
                {item(t('claims.form.festival'), or(festival(claim.festival)))}
                {item(t('claims.form.relation'), or(relation(claim.relation)))}
              </dl>
            </section>

            {claim.activity.destination || claim.activity.startDate || claim.activity.endDate ? (
              <section className="form-section">
                <h3 className="form-section__title">{t('claims.form.sectionActivity')}</h3>
                <dl className="facts facts--two">
                  {item(t('claims.form.destination'), or(claim.activity.destination))}
                  {item(t('claims.form.startDate'), or(claim.activity.startDate))}
                  {item(t('claims.form.endDate'), or(claim.activity.endDate))}
                  {item(t('claims.form.sameDay'), yesNo(claim.activity.sameDay))}
                  {item(t('claims.form.lodging'), yesNo(claim.activity.lodging))}
                </dl>
              </section>
            ) : null}

            <section className="form-section">
              <h3 className="form-section__title">{t('claims.form.sectionApproval')}</h3>
              <dl className="facts facts--two">
                {item(t('claims.form.approver'), or(claim.approval.approver))}
                {item(t('claims.form.approvedDate'), or(claim.approval.approvedDate))}
                {item(t('claims.form.decisionRef'), or(claim.approval.decisionRef))}
                {item(t('claims.form.decisionDate'), or(claim.approval.decisionDate))}
              </dl>
            </section>

            <section className="form-section">
              <h3 className="form-section__title">{t('claims.form.sectionBudget')}</h3>
              <dl className="facts facts--two">
                {item(t('claims.form.budgetLine'), or(claim.budgetLine))}
                {item(t('claims.form.project'), project(claim.projectId))}
                {item(t('claims.form.spendingKind'), kind(claim.spendingKind))}
                {item(
                  t('claims.form.assetAccount'),
                  claim.assetAccount ? `${claim.assetAccount} ${assetAccount(claim.assetAccount)}` : none,
                  'claim-detail-asset',
                )}
                {item(t('claims.detail.createdAt'), localTime(claim.createdAt))}
              </dl>
            </section>
          </>
        ) : null}
      </div>
      <div className="form__actions">
        <button type="button" className="btn" onClick={onClose} data-testid="claim-detail-close">
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}

/** A stored UTC timestamp as local "YYYY-MM-DD hh:mm". */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
