import { describe, expect, it } from 'vitest';
import { r11 } from '../../../electron/domain/audit/rules/r11-approval';
import { claim, data } from './fixtures';

describe('R11 improper approval', () => {
  it('flags no approver, self-approval and approval after payment', () => {
    const none = claim({ approver: null, approvedDate: null });
    const self = claim({ approver: '王会计', preparer: '王会计' });
    const late = claim({ date: '2025-11-08', approvedDate: '2025-11-20' });
    const found = r11.check(data({ claims: [none, self, late] }));
    expect(found.map((f) => [f.key, f.evidence.facts?.problems])).toEqual([
      [`claim:${none.id}`, 'none'],
      [`claim:${self.id}`, 'self'],
      [`claim:${late.id}`, 'late'],
    ]);
  });

  it('passes the chair’s approval before payment', () => {
    expect(r11.check(data({ claims: [claim({ approvedDate: '2025-05-10' }), claim()] }))).toEqual([]);
  });
});
