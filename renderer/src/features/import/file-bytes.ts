import { formatAmount } from '../../format/money';

/** A file's bytes as base64 (the contract's form for import files), in chunks so large files do not overflow. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + CHUNK)));
  return btoa(binary);
}

/** A preview value as the grid shows it: amounts (fields ending in Cents, integer fen) as 1,234.56. */
export function previewCell(key: string, value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '✓' : '';
  if (typeof value === 'number' && key.endsWith('Cents')) return formatAmount(value);
  return String(value);
}
