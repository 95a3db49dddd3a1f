import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  /** Shown under the control in red; also linked to it for screen readers. */
  error?: string | undefined;
  errorTestId?: string;
  hint?: string | undefined;
  children: ReactNode;
  trailing?: ReactNode;
}

/** A labelled form row: label, control, optional trailing control, hint or error. */
export function Field({ id, label, error, errorTestId, hint, children, trailing }: FieldProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__control">
        {children}
        {trailing}
      </div>
      {error ? (
        <div className="field__error" id={`${id}-error`} role="alert" data-testid={errorTestId}>
          {error}
        </div>
      ) : hint ? (
        <div className="field__hint">{hint}</div>
      ) : null}
    </div>
  );
}
