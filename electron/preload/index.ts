import { contextBridge, ipcRenderer } from 'electron';
import type { LedgerBridge } from '../contract/api';

// Sandboxed preload: electron's bridge only, no other runtime import. The channel equals LEDGER_CHANNEL
// in electron/main/ipc.ts (tests/electron/preload.test.ts checks).
const ledger: LedgerBridge = {
  call: (method, input) => ipcRenderer.invoke('ledger:call', method, input),
};

contextBridge.exposeInMainWorld('ledger', ledger);
