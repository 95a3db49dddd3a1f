import { describe, expect, it } from 'vitest';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { AuthStatus } from '../../electron/contract/users';
import type { Role } from '../../electron/contract/roles';
import { IfCan } from '../../renderer/src/components/IfCan';
import { AuthProvider } from '../../renderer/src/features/users/AuthContext';

function status(roles: Role[], splitCash = false): AuthStatus {
  return { ledgerOpen: true, needsSetup: false, user: { name: 'u', roles, mustChange: false }, splitCash };
}

/** The markup of `<IfCan method=…><button/></IfCan>` for a user holding `roles`. */
function shown(method: Parameters<typeof IfCan>[0]['method'], s: AuthStatus | null): string {
  const inner: ReactNode = createElement(IfCan, { method, children: createElement('button', null, 'go') });
  const tree = s ? createElement(AuthProvider, { status: s, refresh: () => undefined, children: inner }) : inner;
  return renderToStaticMarkup(tree);
}

describe('IfCan renders its children only for who may call the method', () => {
  it('hides a bookkeeping button from the viewer and the committee, shows it to the accountant', () => {
    expect(shown('dues.assess', status(['viewer']))).toBe('');
    expect(shown('dues.assess', status(['committee']))).toBe('');
    expect(shown('dues.assess', status(['accountant']))).toBe('<button>go</button>');
  });

  it('a cash method is the cashier’s and the accountant’s, the cashier’s alone when the ledger splits cash', () => {
    expect(shown('dues.collect', status(['accountant']))).toBe('<button>go</button>');
    expect(shown('dues.collect', status(['cashier']))).toBe('<button>go</button>');
    expect(shown('dues.collect', status(['accountant'], true))).toBe('');
    expect(shown('dues.collect', status(['cashier'], true))).toBe('<button>go</button>');
  });

  it('with a list, any one allowed method is enough; nobody logged in sees nothing', () => {
    expect(shown(['budgets.approve', 'budgets.adjust'], status(['approver']))).toBe('<button>go</button>');
    expect(shown(['budgets.approve', 'budgets.adjust'], status(['cashier']))).toBe('');
    expect(shown('dues.assess', { ...status([]), user: null })).toBe('');
  });

  it('outside an AuthProvider (component tests) everything is shown', () => {
    expect(shown('backups.restore', null)).toBe('<button>go</button>');
  });
});
