import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';
import { AREAS, SECTIONS } from './areas';
import { useCan } from '../features/users/AuthContext';

/** The left navigation: areas grouped by section, built from the area list. */
export function NavBar({ current, onSelect }: { current: string; onSelect(id: string): void }) {
  const { t } = useTranslation();
  const can = useCan();
  const visible = AREAS.filter((a) => !a.method || can(a.method));
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      {SECTIONS.map((s) => (
        <div key={s.id} className="nav__section">
          <div className="nav__heading">{t(s.labelKey)}</div>
          <ul className="nav__list">
            {visible
              .filter((a) => a.section === s.id)
              .map((a) => (
                <li key={a.id}>
                  <button
                    type="button"
                    className={a.id === current ? 'nav__item is-active' : 'nav__item'}
                    aria-current={a.id === current ? 'page' : undefined}
                    data-testid={`nav-${a.id}`}
                    onClick={() => onSelect(a.id)}
                  >
                    <Icon name={a.icon} />
                    <span>{t(a.labelKey)}</span>
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
