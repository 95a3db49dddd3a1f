/** Printed once when Electron cannot load better-sqlite3 because node_modules holds the Node build. */
export const ABI_HINT =
  'better-sqlite3 是为 Node 编译的，Electron 无法加载：请运行 npx electron-builder install-app-deps 后重试' +
  '（之后运行测试前请运行 npm run rebuild:node） / better-sqlite3 is built for Node: run ' +
  '`npx electron-builder install-app-deps`, then `npm run rebuild:node` before running tests again';

/** Node's message when a native module was compiled for another ABI. */
export function isAbiMismatch(text: string): boolean {
  return text.includes('NODE_MODULE_VERSION');
}
