import type { InputHTMLAttributes } from 'react';
import { normalizeDateText } from '../format/date';

type DateInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur'> & {
  value: string;
  /** Every keystroke's text, and the tidied date (YYYY-MM-DD) when the field is left. */
  onChange(text: string): void;
};

/** A date typed as text (2025-03-01, 2025/3/1, 2025年3月1日 …), tidied to YYYY-MM-DD when the field is left. */
export function DateInput({ value, onChange, className, ...rest }: DateInputProps) {
  return (
    <input
      className={className ?? 'input-date'}
      placeholder="YYYY-MM-DD"
      inputMode="numeric"
      maxLength={12}
      autoComplete="off"
      {...rest}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={(e) => {
        const tidy = normalizeDateText(e.target.value);
        if (tidy !== e.target.value) onChange(tidy);
      }}
    />
  );
}
