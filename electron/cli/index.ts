import { runCli } from './commands';

process.exitCode = runCli(process.argv.slice(2));
