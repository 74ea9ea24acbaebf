#!/usr/bin/env node
// The CLI is bundled by `npm run build`; say so plainly instead of failing with a stack trace.
import { existsSync } from 'node:fs';
const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('focal: the command-line tool is not built yet; run "npm run build" first.\n');
  process.exit(1);
}
await import(bundle.href);
