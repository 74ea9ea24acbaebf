import { locateApp } from './app-root';
import { runCli } from './run-cli';

// The `focal` executable: bin/focal.mjs loads the bundle of this file.
const status = await runCli(process.argv.slice(2), locateApp(), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = status;
