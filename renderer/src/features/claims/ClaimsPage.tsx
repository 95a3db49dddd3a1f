import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimDto, ClaimListRow, ClaimOptions, ProjectDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { todayIso } from '../../format/date';
import { isLanguage } from '../../i18n/languages';
import { ClaimDetail } from './ClaimDetail';
import { ClaimForm } from './ClaimForm';
import { ClaimsGrid } from './ClaimsGrid';
import { ClaimsToolbar, type ClaimFilterText } from './ClaimsToolbar';
import { ClaimsGridController, type ClaimFilters } from './claims-grid-controller';
import { labeller } from './labels';
import { VoucherDialog } from './VoucherDialog';
import { useCan } from '../users/AuthContext';
import './claims.css';

const FILTER_DEBOUNCE_MS = 250;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** 报销: the claim list (server-paged), the claim form, a claim's detail and its voucher. */
export function ClaimsPage() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const [options, setOptions] = useState<ClaimOptions | null>(null);
  const [projects, setProjects] = useState<ProjectDto[]>([]);
  const [filters, setFilters] = useState<ClaimFilterText>({ from: '', to: '', accountCode: '', search: '' });
  const [total, setTotal] = useState<number | null>(null);
  const [selected, setSelected] = useState<ClaimListRow | null>(null);
  const [adding, setAdding] = useState(false);
  const [detailId, setDetailId] = useState<number | null>(null);
  const [voucherId, setVoucherId] = useState<number | null>(null);
  const [saved, setSaved] = useState<ClaimDto | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);

  useEffect(() => {
    api
      .call('claims.options', {})
      .then(setOptions)
      .catch((error: unknown) => setNotice({ kind: 'error', error }));
    api
      .call('projects.list', {})
      .then(setProjects)
      .catch((error: unknown) => setNotice({ kind: 'error', error }));
  }, [api]);

  const [grid] = useState(
    () => new ClaimsGridController(api, { onTotal: setTotal, onError: (error) => setNotice({ kind: 'error', error }) }),
  );

  const badDates = {
    from: filters.from.trim() !== '' && !ISO.test(filters.from.trim()),
    to: filters.to.trim() !== '' && !ISO.test(filters.to.trim()),
  };
  useEffect(() => {
    const timer = setTimeout(() => {
      const next: ClaimFilters = {};
      const from = filters.from.trim();
      const to = filters.to.trim();
      const search = filters.search.trim();
      if (ISO.test(from)) next.from = from;
      if (ISO.test(to)) next.to = to;
      if (filters.accountCode) next.accountCode = filters.accountCode;
      if (search) next.search = search.slice(0, 100);
      grid.setFilters(next);
    }, FILTER_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [grid, filters]);

  const modalOpen = adding || detailId !== null || voucherId !== null;
  const mayAdd = useCan()('claims.create');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN' && !modalOpen && options && mayAdd) {
        e.preventDefault();
        setAdding(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [modalOpen, options, mayAdd]);

  const paymentFormLabel = useCallback((v: string) => labeller(options?.paymentForms ?? [], lang)(v), [options, lang]);

  return (
    <section className="page" aria-labelledby="claims-title" data-testid="claims-page">
      <header className="page__header">
        <h1 id="claims-title" className="page__title">
          {t('claims.title')}
        </h1>
        <span className="page__hint">{t('claims.keyboardHint')}</span>
      </header>
      <ClaimsToolbar
        selected={selected}
        total={total}
        options={options}
        filters={filters}
        badDates={badDates}
        onFilters={setFilters}
        onAdd={() => setAdding(true)}
        onView={() => selected && setDetailId(selected.id)}
        onRefresh={() => grid.refresh()}
      />
      {saved ? (
        <div className="notice notice--ok claims-saved" role="status" data-testid="claims-saved">
          <span className="notice__text">
            {t('claims.saved')}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => setVoucherId(saved.voucherId)}
              title={t('claims.savedHint')}
              data-testid="claims-saved-voucher"
            >
              {saved.voucherLabel}
            </button>{' '}
            <span className="claims-saved__what">
              {saved.summary} · {saved.accountCode} {saved.accountName}
            </span>
          </span>
          <button type="button" className="notice__close" onClick={() => setSaved(null)} aria-label={t('common.close')}>
            ×
          </button>
        </div>
      ) : null}
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="claims-notice" />
      <ClaimsGrid
        datasource={grid.datasource}
        paymentFormLabel={paymentFormLabel}
        onReady={(a) => grid.attach(a)}
        onOpen={(row) => setDetailId(row.id)}
        onSelect={(row) => {
          if (row) setSelected(row);
        }}
      />
      {adding && options ? (
        <ClaimForm
          options={options}
          projects={projects}
          defaultDate={saved?.date ?? todayIso()}
          onSaved={(claim) => {
            setAdding(false);
            setSaved(claim);
            setNotice(null);
            grid.refresh(claim.id);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}
      {detailId !== null && options ? (
        <ClaimDetail
          claimId={detailId}
          options={options}
          projects={projects}
          onOpenVoucher={setVoucherId}
          onClose={() => setDetailId(null)}
        />
      ) : null}
      {voucherId !== null ? <VoucherDialog voucherId={voucherId} onClose={() => setVoucherId(null)} /> : null}
    </section>
  );
}
