export type LaunchPlan = { mode: 'electron'; binary: string } | { mode: 'browser'; reason: string; message: string };

export interface ElectronProbe {
  /** `require('electron')` as seen from Node: the binary's path, or a throw when it was never downloaded. */
  loadElectron: () => unknown;
  exists: (path: string) => boolean;
}

/** Electron when its binary is really there; otherwise browser mode, with one line saying why. */
export function decideLaunch(probe: ElectronProbe): LaunchPlan {
  let reason: string;
  try {
    const binary = probe.loadElectron();
    if (typeof binary !== 'string') reason = 'require("electron") did not return a path';
    else if (!probe.exists(binary)) reason = `no file at ${binary}`;
    else return { mode: 'electron', binary };
  } catch (e) {
    reason = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
  }
  return {
    mode: 'browser',
    reason,
    message: `Electron 未安装（Electron binary not installed: ${reason}），改用浏览器模式 / starting browser mode`,
  };
}
