const LAUNCH_LINE = /^Union Ledger browser mode: (http:\/\/127\.0\.0\.1:\d+\/#t=[A-Za-z0-9_-]+)\s*$/;

/** The launch URL (with its token) from the browser-mode server's first line, or null. */
export function parseLaunchUrl(line: string): string | null {
  return LAUNCH_LINE.exec(line)?.[1] ?? null;
}

/** Open the browser unless told not to (`--no-open`) or running unattended (`CI`). */
export function shouldOpenBrowser(args: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return !args.includes('--no-open') && !env.CI;
}

/** The command that opens `url` in the default browser on this OS. */
export function openerFor(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in; its first quoted argument is the window title, hence the empty one
  // (Node quotes an empty argument as "").
  if (platform === 'win32') return { command: 'cmd', args: ['/d', '/c', 'start', '', url] };
  return { command: 'xdg-open', args: [url] };
}
