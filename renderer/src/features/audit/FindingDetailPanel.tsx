import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingDetail } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { formatAmount } from '../../format/money';
import { useCan } from '../users/AuthContext';
import { bi, factText } from './labels';

interface Props {
  findingId: number;
  /** Bumped after a decision so the panel reads the finding again. */
  version: number;
  onOpenVoucher(id: number): void;
  onDecide(detail: FindingDetail): void;
}

/** One finding: message, citation, evidence with links to its vouchers, parameter versions, decisions. */
export function FindingDetailPanel({ findingId, version, onOpenVoucher, onDecide }: Props) {
  const { t, i18n } = useTranslation();
  // only committee members decide (the dispatcher and the service refuse anyone else)
  const canDecide = useCan()('audit.decide');
  const api = useApi();
  const [detail, setDetail] = useState<FindingDetail | null>(null);
  const [labels, setLabels] = useState<Record<number, string>>({});
  const [notice, setNotice] = useState<NoticeValue | null>(null);

  useEffect(() => {
    let live = true;
    api
      .call('audit.finding', { id: findingId })
      .then(async (d) => {
        if (!live) return;
        setDetail(d);
        const ids = d.evidence.voucherIds.slice(0, 20);
        const vs = await Promise.all(ids.map((id) => api.call('vouchers.get', { id }).catch(() => null)));
        if (live) setLabels(Object.fromEntries(vs.flatMap((v) => (v ? [[v.id, v.label] as const] : []))));
      })
      .catch((error: unknown) => live && setNotice({ kind: 'error', error }));
    return () => {
      live = false;
    };
  }, [api, findingId, version]);

  const lang = i18n.language;
  const none = t('audit.detail.none');
  if (!detail) {
    return (
      <aside className="au-detail" data-testid="audit-detail">
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
        <p className="page__hint">{t('common.loading')}</p>
      </aside>
    );
  }
  const ev = detail.evidence;
  const facts = Object.entries(ev.facts ?? {}).filter(([, v]) => v !== null && v !== '');
  return (
    <aside className="au-detail" data-testid="audit-detail" aria-label={t('audit.detail.title')}>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <header className="au-detail__header">
        <span className={`sev sev--${detail.severity}`}>{t(`audit.severity.${detail.severity}`)}</span>
        <span className="tag">{t(`audit.kind.${detail.kind}`)}</span>
        <span className="au-detail__rule" data-testid="audit-detail-rule">
          {detail.ruleId}
        </span>
        <h2 className="au-detail__title" data-testid="audit-detail-title">
          {bi(detail.title, lang)}
        </h2>
      </header>
      <dl className="facts">
        <dt>{t('audit.detail.message')}</dt>
        <dd data-testid="audit-detail-message">{bi(detail.message, lang)}</dd>
        <dt>{t('audit.detail.citation')}</dt>
        <dd data-testid="audit-detail-citation">{bi(detail.citation, lang)}</dd>
        {ev.amountCents !== undefined ? (
          <>
            <dt>{t('audit.detail.amount')}</dt>
            <dd className="num">{formatAmount(ev.amountCents)}</dd>
          </>
        ) : null}
        {ev.capCents !== undefined ? (
          <>
            <dt>{t('audit.detail.cap')}</dt>
            <dd className="num">{formatAmount(ev.capCents)}</dd>
          </>
        ) : null}
        <dt>{t('audit.detail.vouchers')}</dt>
        <dd data-testid="audit-detail-vouchers">
          {ev.voucherIds.length === 0
            ? none
            : ev.voucherIds.map((id) => (
                <button
                  key={id}
                  type="button"
                  className="link-button au-detail__voucher"
                  onClick={() => onOpenVoucher(id)}
                  data-testid={`audit-detail-voucher-${id}`}
                >
                  {labels[id] ?? `#${id}`}
                </button>
              ))}
        </dd>
        {ev.claimIds.length > 0 ? (
          <>
            <dt>{t('audit.detail.claims')}</dt>
            <dd>{ev.claimIds.map((id) => `#${id}`).join('、')}</dd>
          </>
        ) : null}
        {ev.memberIds.length > 0 ? (
          <>
            <dt>{t('audit.detail.members')}</dt>
            <dd>
              {ev.memberIds.length > 8
                ? t('audit.detail.memberCount', { count: ev.memberIds.length })
                : ev.memberIds.map((id) => `#${id}`).join('、')}
            </dd>
          </>
        ) : null}
        {facts.length > 0 ? (
          <>
            <dt>{t('audit.detail.facts')}</dt>
            <dd>
              <ul className="au-detail__facts" data-testid="audit-detail-facts">
                {facts.map(([k, v]) => {
                  const f = factText(t, i18n.language, k, v as string | number | boolean);
                  return (
                    <li key={k} data-fact={k}>
                      {f.label}：{f.value}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        ) : null}
        {detail.params.length > 0 ? (
          <>
            <dt>{t('audit.detail.params')}</dt>
            <dd>
              <ul className="au-detail__facts" data-testid="audit-detail-params">
                {detail.params.map((p) => (
                  <li key={p.versionId}>
                    {t('audit.detail.paramValue', {
                      key: p.key,
                      value: p.value,
                      document: p.document ?? none,
                      from: p.effectiveFrom,
                    })}
                    {p.example ? <span className="tag tag--warn">{t('audit.detail.example')}</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{t('audit.detail.involved')}</dt>
        <dd>{detail.involved.length ? detail.involved.join('、') : none}</dd>
        <dt>{t('audit.detail.firstSeen')}</dt>
        <dd>{detail.firstSeenAt.slice(0, 16).replace('T', ' ')}</dd>
        {detail.resolvedAt ? (
          <>
            <dt>{t('audit.detail.resolvedAt')}</dt>
            <dd>{detail.resolvedAt.slice(0, 16).replace('T', ' ')}</dd>
          </>
        ) : null}
      </dl>
      <section className="form-section">
        <h3 className="form-section__title">{t('audit.detail.decisions')}</h3>
        {detail.decisions.length === 0 ? (
          <p className="page__hint">{t('audit.detail.noDecisions')}</p>
        ) : (
          <ul className="au-detail__decisions" data-testid="audit-detail-decisions">
            {detail.decisions.map((d) => (
              <li key={d.id}>
                <strong>{t(`audit.decision.${d.decision}`)}</strong> — {d.comment}{' '}
                <span className="au-muted">
                  {d.decidedBy} {d.decidedAt.slice(0, 16).replace('T', ' ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canDecide ? (
        <div className="form__actions">
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => onDecide(detail)}
            data-testid="audit-detail-decide"
          >
            {t('audit.detail.decide')}
          </button>
        </div>
      ) : null}
    </aside>
  );
}
