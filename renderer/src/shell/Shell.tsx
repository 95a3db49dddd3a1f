import { useTranslation } from 'react-i18next';
import type { AppInfo, CurrentLedger } from '../shared/contract';
import { LEDGERS_AREA, findArea } from './areas';
import { NavBar } from './NavBar';
import { TopBar } from './TopBar';

interface ShellProps {
  info: AppInfo;
  area: string;
  onArea(id: string): void;
  onLedgerChanged(ledger: CurrentLedger | null): void;
}

/** The frame around every page: top bar, left navigation, and the current area. */
export function Shell({ info, area, onArea, onLedgerChanged }: ShellProps) {
  const { t } = useTranslation();
  const def = findArea(area);
  const Page = def.Page;
  const blocked = def.needsLedger && !info.ledger;
  return (
    <div className="app">
      <TopBar ledger={info.ledger} />
      <div className="app__body">
        <NavBar current={def.id} onSelect={onArea} />
        <main className="app__main">
          {blocked ? (
            <div className="page page--center" data-testid="needs-ledger">
              <p>{t('members.noLedger')}</p>
              <button type="button" className="btn btn--primary" onClick={() => onArea(LEDGERS_AREA)}>
                {t('members.gotoLedgers')}
              </button>
            </div>
          ) : (
            // A different ledger is a different book: pages start fresh.
            <Page
              key={def.needsLedger ? `${def.id}:${info.ledger?.path ?? ''}` : def.id}
              info={info}
              onLedgerChanged={onLedgerChanged}
              navigate={onArea}
            />
          )}
        </main>
      </div>
    </div>
  );
}
