import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { ImportWorkbench } from './ImportWorkbench';

type Batch = Output<'import.batches'>[number];

/** 导入数据: the workbench, and what was imported before (import.batches). */
export function ImportPage() {
  const api = useApi();
  const { t } = useTranslation();
  const [batches, setBatches] = useState<Batch[]>([]);
  const load = useCallback(() => {
    api
      .call('import.batches', { limit: 100 })
      .then(setBatches)
      .catch(() => setBatches([]));
  }, [api]);
  useEffect(load, [load]);

  return (
    <section className="page page--scroll" aria-labelledby="import-title" data-testid="import-page">
      <header className="page__header">
        <h1 id="import-title" className="page__title">
          {t('import.title')}
        </h1>
        <span className="page__hint">{t('import.hint')}</span>
      </header>
      <ImportWorkbench onImported={load} />
      <section className="panel im-history">
        <div className="panel__title">{t('import.history')}</div>
        {batches.length === 0 ? (
          <p className="panel__empty">{t('import.historyEmpty')}</p>
        ) : (
          <table className="im-table" data-testid="import-history">
            <thead>
              <tr>
                <th>{t('import.historyCols.at')}</th>
                <th>{t('import.historyCols.kind')}</th>
                <th>{t('import.historyCols.file')}</th>
                <th className="num">{t('import.historyCols.rows')}</th>
                <th className="num">{t('import.historyCols.imported')}</th>
                <th className="num">{t('import.historyCols.skipped')}</th>
                <th>{t('import.historyCols.by')}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.id}>
                  <td>{b.at.slice(0, 16).replace('T', ' ')}</td>
                  <td>{t(`import.kinds.${b.kind}`)}</td>
                  <td>{b.fileName}</td>
                  <td className="num">{b.rows}</td>
                  <td className="num">{b.imported}</td>
                  <td className="num">{b.skipped}</td>
                  <td>{b.by}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
