import { useState } from 'react';

interface YearStepperProps {
  year: number;
  onChange(year: number): void;
  label: string;
  prevLabel: string;
  nextLabel: string;
  /** data-testid prefix: `<prefix>-year`, `<prefix>-year-prev`, `<prefix>-year-next`. */
  testIdPrefix: string;
  min?: number;
  max?: number;
}

/** ◀ 2025 ▶: a year to look at; typing a year and Enter (or leaving the box) goes there. */
export function YearStepper({
  year,
  onChange,
  label,
  prevLabel,
  nextLabel,
  testIdPrefix,
  min = 2000,
  max = 2100,
}: YearStepperProps) {
  const [text, setText] = useState(String(year));
  const [shown, setShown] = useState(year);
  if (shown !== year) {
    setShown(year);
    setText(String(year));
  }

  function go(y: number) {
    if (!Number.isInteger(y) || y < min || y > max) {
      setText(String(year));
      return;
    }
    setText(String(y));
    if (y !== year) onChange(y);
  }

  const id = `${testIdPrefix}-year`;
  return (
    <div className="year-stepper" role="group" aria-label={label}>
      <button
        type="button"
        className="btn btn--small"
        onClick={() => go(year - 1)}
        aria-label={prevLabel}
        title={prevLabel}
        data-testid={`${testIdPrefix}-year-prev`}
      >
        ◀
      </button>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="year-stepper__input"
        inputMode="numeric"
        maxLength={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => go(Number(text))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') go(Number(text));
        }}
        data-testid={id}
      />
      <button
        type="button"
        className="btn btn--small"
        onClick={() => go(year + 1)}
        aria-label={nextLabel}
        title={nextLabel}
        data-testid={`${testIdPrefix}-year-next`}
      >
        ▶
      </button>
    </div>
  );
}
