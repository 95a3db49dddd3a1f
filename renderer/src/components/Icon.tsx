/** A few line icons for the navigation, drawn inline (no icon font, nothing fetched). */
const PATHS = {
  members: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 9a7 7 0 0 1 14 0M17 11a3 3 0 1 0 0-6M22 20a5.5 5.5 0 0 0-4-5.3',
  ledgers: 'M4 4h11a3 3 0 0 1 3 3v13H7a3 3 0 0 1-3-3V4zm0 13a3 3 0 0 1 3-3h11M8 8h6',
  about: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zm0-11v6m0-9.5v.5',
  claims: 'M6 3h12v18l-3-2-3 2-3-2-3 2V3zm3 5h6M9 12h6M9 16h3',
  budget: 'M4 20V10m6 10V4m6 16v-7m5 7H3',
  allocation: 'M3 7h14l-3-3m3 3-3 3M21 17H7l3-3m-3 3 3 3',
  income: 'M12 3v12m0 0-4-4m4 4 4-4M4 17v3h16v-3',
  vouchers: 'M5 3h14v18H5V3zm3 4h8M8 10h8M8 13h8M8 17h4',
  dues: 'M4 6h16v12H4V6zm0 4h16M8 15h3',
  ledger: 'M4 4h7v16H4V4zm9 0h7v16h-7V4zM6 8h3M6 12h3M15 8h3M15 12h3',
  periods: 'M4 6h16v14H4V6zm0 4h16M8 3v5m8-5v5m-7 7 2 2 4-4',
  accounts: 'M9 6h11M9 12h11M9 18h11M4 6h1M4 12h1M4 18h1',
  audit: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zm5 12 5 5M8 11l2 2 4-4',
  reports: 'M6 3h9l4 4v14H6V3zm9 0v4h4M9 17v-3m3 3v-6m3 6v-4',
  import: 'M12 3v12m0 0-4-4m4 4 4-4M4 14v6h16v-6',
  bank: 'M3 10 12 4l9 6M5 10v8m4-8v8m6-8v8m4-8v8M3 20h18',
  dashboard: 'M4 13h6V4H4v9zm0 7h6v-4H4v4zm10 0h6v-9h-6v9zm0-16v4h6V4h-6z',
  backups: 'M4 5h16v5H4V5zm0 9h16v5H4v-5zm3-7h2m-2 9h2',
  changelog: 'M5 4h14v16H5V4zm3 4h8M8 12h8M8 16h5',
  settings: 'M4 7h10m4 0h2M4 17h4m4 0h8M14 5v4m-6 6v4',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
