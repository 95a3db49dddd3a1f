import { describe, expect, it } from 'vitest';
import { centsToYuanInput, formatAmount, yuanNumberToCents } from '../../renderer/src/format/money';
import { filterDateToIso, formatDate, normalizeDateText, todayIso } from '../../renderer/src/format/date';

describe('renderer money formatting', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [100, '1.00'],
    [850000, '8,500.00'],
    [888888, '8,888.88'],
    [123456789, '1,234,567.89'],
    [-1234, '-12.34'],
    [99_999_999_999_999, '999,999,999,999.99'],
  ])('formats %i fen as %s', (cents, text) => {
    expect(formatAmount(cents)).toBe(text);
  });

  it('shows nothing for a missing or non-integer amount', () => {
    expect(formatAmount(null)).toBe('');
    expect(formatAmount(undefined)).toBe('');
    expect(formatAmount(1.5)).toBe('');
  });

  it('pre-fills the form with yuan text the server parses back', () => {
    expect(centsToYuanInput(850050)).toBe('8,500.50');
  });

  it.each([
    [8700, 870000],
    [0.1, 10],
    [0.29, 29], // 0.29 * 100 is 28.999999999999996 in floats
    [1.005, 101], // half-up at the third decimal
    [19.99, 1999],
    [123456789.12, 12345678912],
  ])('turns a filter value of %d yuan into %i fen without float error', (yuan, cents) => {
    expect(yuanNumberToCents(yuan)).toBe(cents);
  });

  it('gives null for values that are not amounts', () => {
    expect(yuanNumberToCents(null)).toBeNull();
    expect(yuanNumberToCents(Number.NaN)).toBeNull();
    expect(yuanNumberToCents(Number.POSITIVE_INFINITY)).toBeNull();
    expect(yuanNumberToCents(1e300)).toBeNull();
  });
});

describe('renderer dates', () => {
  it('cuts AG Grid filter dates to YYYY-MM-DD', () => {
    expect(filterDateToIso('2024-05-01 00:00:00')).toBe('2024-05-01');
    expect(filterDateToIso('2024-05-01')).toBe('2024-05-01');
    expect(filterDateToIso('')).toBeNull();
    expect(filterDateToIso(null)).toBeNull();
    expect(filterDateToIso('05/01/2024')).toBeNull();
  });

  it('tidies typed dates and leaves nonsense for the schema to reject', () => {
    expect(normalizeDateText('2024/3/1')).toBe('2024-03-01');
    expect(normalizeDateText(' 2024.03.01 ')).toBe('2024-03-01');
    expect(normalizeDateText('2024年3月1日')).toBe('2024-03-01');
    expect(normalizeDateText('2024-03-01')).toBe('2024-03-01');
    expect(normalizeDateText('yesterday')).toBe('yesterday');
  });

  it('formats dates for display and today as a local date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('2020-01-05')).toBe('2020-01-05');
    expect(todayIso(new Date(2025, 0, 9, 23, 59))).toBe('2025-01-09');
  });
});
