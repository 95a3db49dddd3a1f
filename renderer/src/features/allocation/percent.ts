/**
 * A fraction as text ("0.02", "0.6", "0.005", "0.9891") → a percentage ("2%", "60%", "0.5%", "98.91%") by moving
 * the decimal point: string work, no float. `minDecimals` pads the decimals ("1.0000", 2 → "100.00%").
 * Returns the text unchanged if it is not a plain non-negative decimal.
 */
export function fractionToPercent(text: string, minDecimals = 0): string {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return text;
  const frac = (m[2] ?? '').padEnd(2, '0');
  const whole = `${m[1]}${frac.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  let rest = frac.slice(2).replace(/0+$/, '');
  if (rest.length < minDecimals) rest = rest.padEnd(minDecimals, '0');
  return rest ? `${whole}.${rest}%` : `${whole}%`;
}

/** 1 − share as text ("0.6" → "0.4"), by whole-number arithmetic on the decimal digits. */
export function complementOf(share: string): string {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(share.trim());
  if (!m) return '';
  const places = (m[2] ?? '').length;
  const scale = 10 ** places;
  const shareUnits = Number(`${m[1]}${m[2] ?? ''}`);
  const rest = scale - shareUnits;
  if (rest < 0) return '0';
  const digits = String(rest).padStart(places + 1, '0');
  return places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}
