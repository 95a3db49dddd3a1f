import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { zhCN } from '../../renderer/src/i18n/zh-CN';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function leaves(obj: object): string[] {
  return Object.values(obj).flatMap((v) => (typeof v === 'object' && v !== null ? leaves(v as object) : [v]));
}

describe('i18n resources', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('every text is a non-empty string', () => {
    for (const text of [...leaves(zhCN), ...leaves(en)]) {
      expect(typeof text).toBe('string');
      expect((text as string).trim()).not.toBe('');
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const flatZh = Object.fromEntries(keys(zhCN).map((k) => [k, get(zhCN, k)]));
    for (const k of keys(en)) expect(vars(get(en, k)), k).toEqual(vars(flatZh[k]!));
  });

  it('has no Chinese characters in the English texts except the language names', () => {
    for (const k of keys(en)) {
      if (k === 'languages.zh-CN') continue;
      expect(get(en, k), k).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

function get(obj: object, path: string): string {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
}
