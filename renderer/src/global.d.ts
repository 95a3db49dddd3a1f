import type { LedgerBridge } from './shared/contract';

declare global {
  interface Window {
    /** Present only inside Electron (exposed by the preload); absent in browser mode. */
    ledger?: LedgerBridge;
  }
}

export {};
