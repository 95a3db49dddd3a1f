import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDto } from '../../shared/contract';
import { accountLabel } from './ledger-format';

interface AccountPickerProps {
  accounts: AccountDto[];
  value: string | null;
  onChange(code: string): void;
  testId: string;
}

const MAX_SHOWN = 14;

/** Accounts matching typed text: code prefix first, then names containing it. */
export function matchAccounts(accounts: AccountDto[], text: string): AccountDto[] {
  const q = text.trim();
  if (q === '') return accounts.filter((a) => a.level === 1);
  const byCode = accounts.filter((a) => a.code.startsWith(q));
  const byName = accounts.filter((a) => !a.code.startsWith(q) && a.name.includes(q));
  // "102 银行存款" typed back in full matches its own label
  const byLabel = accounts.filter((a) => !byCode.includes(a) && !byName.includes(a) && accountLabel(a) === q);
  return [...byCode, ...byName, ...byLabel];
}

/**
 * 科目 picker: type a code or part of a name, arrow keys move in the list, Enter picks, Esc gives up. Shows the
 * chosen account as code and name.
 */
export function AccountPicker({ accounts, value, onChange, testId }: AccountPickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const chosen = accounts.find((a) => a.code === value) ?? null;
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = text !== null;
  const matches = useMemo(() => (open ? matchAccounts(accounts, text) : []), [accounts, open, text]);
  const shown = matches.slice(0, MAX_SHOWN);

  function pick(a: AccountDto | undefined) {
    if (!a) return;
    setText(null);
    onChange(a.code);
  }

  return (
    <div className="lg-picker">
      <input
        className="lg-picker__input"
        role="combobox"
        aria-label={t('ledger.pickAccount')}
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && shown[active] ? `${listId}-${shown[active].code}` : undefined}
        placeholder={t('ledger.accountSearch')}
        value={text ?? (chosen ? accountLabel(chosen) : '')}
        onFocus={(e) => e.target.select()}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onBlur={() => setText(null)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            if (!open) setText('');
            else setActive((i) => Math.min(i + 1, shown.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter' && open) {
            e.preventDefault();
            pick(shown[active]);
          } else if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setText(null);
          }
        }}
        data-testid={testId}
      />
      {open ? (
        <ul className="lg-picker__list" id={listId} role="listbox" data-testid={`${testId}-list`}>
          {shown.length === 0 ? <li className="lg-picker__none">{t('ledger.accountNone')}</li> : null}
          {shown.map((a, i) => (
            <li
              key={a.code}
              id={`${listId}-${a.code}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'lg-picker__option is-active' : 'lg-picker__option'}
              style={{ paddingLeft: 8 + (a.level - 1) * 12 }}
              // mousedown, not click: the input's blur would close the list first
              onMouseDown={(e) => {
                e.preventDefault();
                pick(a);
              }}
              data-testid={`${testId}-option-${a.code}`}
            >
              <span className="lg-picker__code">{a.code}</span> {a.name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
