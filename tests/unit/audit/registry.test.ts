import { describe, expect, it } from 'vitest';
import { RULES } from '../../../electron/domain/audit/registry';
import { POLICY_KEYS, SEED_PROFILES } from '../../../electron/domain/audit/policy';
import { data } from './fixtures';

describe('the rule registry', () => {
  it('holds uniquely numbered rules, each with text, citation and known policy keys', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = new Set(POLICY_KEYS.map((k) => k.key));
    for (const r of RULES) {
      expect(r.id).toMatch(/^[RA]\d\d$/);
      for (const t of [r.title, r.citation, r.description]) expect(t.zh && t.en, r.id).toBeTruthy();
      for (const p of r.params) expect(keys.has(p), `${r.id} ${p}`).toBe(true);
    }
  });

  it('every rule runs on an empty year without findings', () => {
    for (const r of RULES) expect(r.check(data()), r.id).toEqual([]);
  });

  it('seeds only known keys; provincial caps are marked as examples to verify', () => {
    const keys = new Set(POLICY_KEYS.map((k) => k.key));
    for (const p of SEED_PROFILES)
      for (const [key, , doc, , , example] of p.values) {
        expect(keys.has(key), key).toBe(true);
        expect(doc.length).toBeGreaterThan(0);
        if (p.code !== 'national' && key.startsWith('cap.')) expect(example, `${p.code} ${key}`).toBe(true);
      }
  });
});
