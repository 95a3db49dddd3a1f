import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { useErrorText } from '../../i18n/error-text';

interface MemberPickerProps {
  /** Members already on the list (shown as such, not added twice). */
  listed: ReadonlySet<number>;
  onPick(member: MemberDto): void;
}

const SEARCH_DEBOUNCE_MS = 200;
const MAX_MATCHES = 8;

/**
 * Type a member number or name; matches come from `members.page` (quickFilter, done in SQL). Arrow keys move,
 * Enter adds the highlighted member and clears the box for the next one, Esc closes the list.
 */
export function MemberPicker({ listed, onPick }: MemberPickerProps) {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [matches, setMatches] = useState<MemberDto[] | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);

  useEffect(() => {
    const q = text.trim();
    const mine = ++seq.current;
    if (q === '') return;
    const timer = setTimeout(() => {
      api
        .call('members.page', { offset: 0, limit: MAX_MATCHES, quickFilter: q.slice(0, 100) })
        .then((page) => {
          if (seq.current !== mine) return;
          setMatches(page.rows);
          setActive(0);
          setError(null);
        })
        .catch((e: unknown) => {
          if (seq.current === mine) setError(e);
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, text]);

  const shown = open && text.trim() !== '';
  const list = matches ?? [];

  function pick(m: MemberDto | undefined) {
    if (!m) return;
    if (!listed.has(m.id)) onPick(m);
    setText('');
    setMatches(null);
    setOpen(false);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' && list.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(list.length - 1, a + 1));
    } else if (e.key === 'ArrowUp' && list.length > 0) {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault(); // add a member, do not submit the claim
      if (shown && matches !== null) pick(list[active]);
    } else if (e.key === 'Escape' && shown) {
      e.stopPropagation(); // close the list, not the form
      setOpen(false);
    }
  }

  const listId = 'claim-member-picker-list';
  return (
    <div className="member-picker">
      <input
        id="claim-form-member-picker"
        className="member-picker__input"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && list[active] ? `${listId}-${list[active].id}` : undefined}
        placeholder={t('claims.form.pickMemberPlaceholder')}
        value={text}
        autoComplete="off"
        maxLength={100}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setMatches(null); // Enter waits for the matches of what is typed now
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        data-testid="claim-member-picker"
      />
      {shown ? (
        <ul className="member-picker__list" id={listId} role="listbox" data-testid="claim-member-matches">
          {error ? (
            <li className="member-picker__empty text-error">{errorText(error)}</li>
          ) : matches === null ? (
            <li className="member-picker__empty">{t('claims.form.searching')}</li>
          ) : list.length === 0 ? (
            <li className="member-picker__empty">{t('claims.form.noMatch')}</li>
          ) : (
            list.map((m, i) => (
              <li
                key={m.id}
                id={`${listId}-${m.id}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'member-picker__option is-active' : 'member-picker__option'}
                onMouseDown={(e) => {
                  e.preventDefault(); // keep focus in the box
                  pick(m);
                }}
                onMouseEnter={() => setActive(i)}
                data-testid={`claim-member-match-${m.memberNo}`}
              >
                <span className="member-picker__no">{m.memberNo}</span>
                <span className="member-picker__name">{m.name}</span>
                <span className="member-picker__group">{m.groupName}</span>
                {m.status === 'left' ? <span className="tag tag--warn">{t('claims.form.leftTag')}</span> : null}
                {listed.has(m.id) ? (
                  <span className="member-picker__listed">{t('claims.form.alreadyListed')}</span>
                ) : null}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
