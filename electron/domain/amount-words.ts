/**
 * 大写金额: the amount in Chinese financial capitals, as printed on vouchers and receipts
 * (e.g. 10,005.30 → 壹万零伍元叁角整; 0.05 → 伍分). Works on integer fen, no floats.
 */
const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

export function amountInWords(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not an integer amount of fen: ${cents}`);
  if (cents < 0) return `负${amountInWords(-cents)}`;
  if (cents === 0) return '零元整';
  const yuan = Math.floor(cents / 100);
  const jiao = Math.floor((cents % 100) / 10);
  const fen = cents % 10;
  let out = yuan > 0 ? `${integerWords(yuan)}元` : '';
  if (jiao === 0 && fen === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  if (fen > 0) out += `${DIGITS[fen]}分`;
  else out += '整';
  return out;
}

function integerWords(n: number): string {
  const groups: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 10000)) groups.push(v % 10000);
  let out = '';
  let pendingZero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const value = groups[g]!;
    if (value === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (out !== '' && (pendingZero || value < 1000)) out += '零';
    out += groupWords(value) + BIG_UNITS[g];
    pendingZero = false;
  }
  return out;
}

function groupWords(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    out += DIGITS[d]! + SMALL_UNITS[i];
    zero = false;
  }
  return out;
}
