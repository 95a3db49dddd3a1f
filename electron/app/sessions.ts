/**
 * Who is logged in, kept in the main process only: one entry per session key (a browser-mode launch token, an
 * Electron window's webContents). An entry names a user of one ledger file; it means nothing for another ledger,
 * and the user's roles are read from the ledger on every call (a change of roles or a disable acts at once).
 */
export interface SessionEntry {
  ledgerPath: string;
  userId: number;
}

export class SessionStore {
  private readonly entries = new Map<string, SessionEntry>();

  get(key: string): SessionEntry | undefined {
    return this.entries.get(key);
  }

  set(key: string, entry: SessionEntry): void {
    this.entries.set(key, entry);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Everyone logged in to this ledger (e.g. the file was replaced). */
  dropLedger(path: string): void {
    for (const [k, e] of this.entries) if (e.ledgerPath === path) this.entries.delete(k);
  }
}
