import type { ClaimOptions, Labelled } from '../../shared/contract';
import type { Language } from '../../i18n/languages';

/** A server-labelled value in the UI language. */
export function labelIn(l: Pick<Labelled, 'zh' | 'en'>, lang: Language): string {
  return lang === 'en' ? l.en : l.zh;
}

/** value → label in the UI language, for one enumeration from `claims.options`; the value itself if unknown. */
export function labeller(list: readonly Labelled[], lang: Language): (value: string | null | undefined) => string {
  const map = new Map(list.map((l) => [l.value, labelIn(l, lang)]));
  return (value) => (value ? (map.get(value) ?? value) : '');
}

/** "50105 会员活动支出": the category as the clerk knows it. */
export function accountLabel(code: string, name: string): string {
  return `${code} ${name}`;
}

export interface AccountGroup {
  /** The top-level spending account, e.g. "501". */
  code: string;
  name: string;
  accounts: ClaimOptions['spendingAccounts'];
}

/** The postable spending accounts grouped under their top-level account ("501 职工活动支出"), in code order. */
export function groupSpendingAccounts(accounts: ClaimOptions['spendingAccounts']): AccountGroup[] {
  const groups = new Map<string, AccountGroup>();
  for (const a of accounts) {
    const top = a.code.slice(0, 3);
    let g = groups.get(top);
    if (!g) {
      const name = a.code.length === 3 ? a.name : (a.fullName.split(' / ')[0] ?? a.name);
      g = { code: top, name, accounts: [] };
      groups.set(top, g);
    }
    g.accounts.push(a);
  }
  return [...groups.values()].sort((x, y) => x.code.localeCompare(y.code));
}
