import { useEffect, useRef, type RefObject } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';

export interface Choice {
  value: string;
  label: string;
}

/** What the account editor offers: codes with names, e.g. "50105 会员活动支出". */
export interface AccountEditorParams {
  choices: Choice[];
  placeholder: string;
}

/** The key that started editing, when it is a character to type (the grid passes it as `eventKey`). */
function typedStart(eventKey: string | null | undefined): string | null {
  return eventKey && eventKey.length === 1 ? eventKey : null;
}

/**
 * Once, when the editor opens: a typed key replaces the value (like a spreadsheet), otherwise the current
 * value is selected; focus goes into the box either way.
 */
function useStartTyping(
  ref: RefObject<HTMLInputElement | null>,
  props: Pick<CustomCellEditorProps<unknown, string>, 'eventKey' | 'onValueChange'>,
) {
  const start = useRef(props);
  useEffect(() => {
    const typed = typedStart(start.current.eventKey);
    if (typed !== null) start.current.onValueChange(typed);
    ref.current?.focus();
    if (typed === null) ref.current?.select();
  }, [ref]);
}

/**
 * Account cell: a text box with the leaf accounts as suggestions. Typing a code ("50105") or part of a name
 * ("会员") narrows the list; the column's value setter keeps the leading code.
 */
export function AccountCellEditor(props: CustomCellEditorProps<unknown, string> & AccountEditorParams) {
  const ref = useRef<HTMLInputElement>(null);
  const listId = `budget-account-choices-${props.node.id ?? 'new'}`;
  const { onValueChange } = props;
  useStartTyping(ref, props);
  return (
    <>
      <input
        ref={ref}
        className="grid-editor"
        list={listId}
        value={props.value ?? ''}
        placeholder={props.placeholder}
        onChange={(e) => onValueChange(e.target.value)}
        maxLength={60}
        autoComplete="off"
        data-testid="budget-account-editor"
      />
      <datalist id={listId}>
        {props.choices.map((c) => (
          <option key={c.value} value={`${c.value} ${c.label}`} />
        ))}
      </datalist>
    </>
  );
}

/** A drop-down cell (kind, project): arrows change it, Enter or Tab confirms, Esc cancels. */
export function SelectCellEditor(props: CustomCellEditorProps<unknown, string> & { choices: Choice[] }) {
  const ref = useRef<HTMLSelectElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <select
      ref={ref}
      className="grid-editor"
      value={props.value ?? ''}
      onChange={(e) => props.onValueChange(e.target.value)}
      data-testid={`budget-${props.colDef.colId ?? 'select'}-editor`}
    >
      {props.choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

/** An amount cell: plain text, typed as the clerk writes it ("60000", "60,000.00"); the server parses it. */
export function AmountCellEditor(props: CustomCellEditorProps<unknown, string>) {
  const ref = useRef<HTMLInputElement>(null);
  const { onValueChange } = props;
  useStartTyping(ref, props);
  return (
    <input
      ref={ref}
      className="grid-editor input-amount"
      inputMode="decimal"
      value={props.value ?? ''}
      onChange={(e) => onValueChange(e.target.value)}
      maxLength={40}
      autoComplete="off"
      data-testid="budget-amount-editor"
    />
  );
}
