import { locateApp } from './app-root';
import { lineWriter } from './output-stream';
import { runCli } from './run-cli';

// The `focal` executable: bin/focal.mjs loads the bundle of this file.
let outputFailed = false;
const failed = () => {
  outputFailed = true;
};
const status = await runCli(process.argv.slice(2), locateApp(), {
  out: lineWriter(process.stdout, failed),
  err: lineWriter(process.stderr, failed),
});
process.exitCode = status === 0 && outputFailed ? 1 : status;
