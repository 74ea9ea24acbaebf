import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync } from 'node:fs';
import { dataPaths, defaultDataDir } from '../core/index';
import type { AppLayout } from './app-root';
import { CliError } from './cli-error';
import type { CommandContext } from './command';
import { adviceOptions, runAdviceList } from './commands/advice';
import { catalogueOptions, runCatalogueList } from './commands/catalogue';
import { commitmentsOptions, runCommitmentsExport, runCommitmentsList } from './commands/commitments';
import { runDemo } from './commands/demo';
import { districtsOptions, runDistrictsAdd, runDistrictsList } from './commands/districts';
import { initOptions, runInit } from './commands/init';
import { observationsOptions, runObservationsExport, runObservationsImport } from './commands/observations';
import { paperOptions, runPaperExport } from './commands/paper';
import { bundleOptions, runBundleExport, runBundleImport, runBundleInspect } from './commands/bundle';
import { runTrustAdd, runTrustList, runTrustRemove } from './commands/trust';
import { runKeysShow } from './commands/keys';
import { runServe, serveOptions } from './commands/serve';
import { runStatus } from './commands/status';
import { openSession } from './session';
import { terminalJson, terminalLine, terminalText } from './terminal-text';
import { usage } from './usage';

const globalOptions = {
  data: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
  version: { type: 'boolean' },
} as const;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

function parse<O extends ParseArgsConfig['options']>(args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...globalOptions, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error), 'usage');
  }
}

/** A failure in one line; its message may quote a file name or a cell, so it is escaped too. */
function oneLine(message: string): string {
  return terminalLine(message.replace(/\s*\n\s*/g, ' '));
}

/** Runs one CLI invocation and returns its exit status; never calls process.exit itself. */
export async function runCli(argv: string[], app: AppLayout, io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(usage);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version') {
      io.out(app.version);
      return 0;
    }
    const context = (values: { data?: string | undefined; json?: boolean | undefined }): CommandContext => {
      if (values.data !== undefined && values.data.trim() === '') throw new CliError('--data needs a folder, e.g. --data /path/to/folder', 'usage');
      const dataDir = values.data ?? defaultDataDir();
      const json = values.json === true;
      return {
        dataDir,
        json,
        open: (exclusive) => openSession(app, dataDir, exclusive),
        openAt: (dir) => openSession(app, dir),
        hasStore: () => existsSync(dataPaths(dataDir).database),
        note: (text) => io.err(terminalText(text)),
        // Everything printed may quote a file or the store: no control character reaches the terminal raw.
        print: (output) => io.out(typeof output === 'string' ? terminalText(output) : terminalJson(JSON.stringify(output, null, 2))),
      };
    };
    const noExtra = (positionals: string[]) => {
      if (positionals.length > 0) throw new CliError(`unexpected argument "${positionals[0]}"`, 'usage');
    };
    switch (command) {
      case 'init': {
        const { values, positionals } = parse(rest, initOptions);
        noExtra(positionals);
        if (values.help) return (io.out(usage), 0);
        await runInit(context(values), values);
        return 0;
      }
      case 'catalogue': {
        const { values, positionals } = parse(rest, catalogueOptions);
        if (values.help) return (io.out(usage), 0);
        if (positionals[0] !== 'list') throw new CliError('catalogue takes a subcommand: catalogue list', 'usage');
        noExtra(positionals.slice(1));
        await runCatalogueList(context(values), values);
        return 0;
      }
      case 'districts': {
        const { values, positionals } = parse(rest, districtsOptions);
        if (values.help) return (io.out(usage), 0);
        const [sub, ...args] = positionals;
        if (sub === 'list') {
          noExtra(args);
          await runDistrictsList(context(values));
          return 0;
        }
        if (sub === 'add') {
          if (args.length === 0) throw new CliError('districts add needs a code: districts add CODE [--name NAME]', 'usage');
          await runDistrictsAdd(context(values), args, values);
          return 0;
        }
        throw new CliError('districts takes a subcommand: districts list | districts add CODE [--name NAME]', 'usage');
      }
      case 'commitments': {
        const { values, positionals } = parse(rest, commitmentsOptions);
        if (values.help) return (io.out(usage), 0);
        const [sub, ...args] = positionals;
        noExtra(args);
        if (sub === 'list') {
          await runCommitmentsList(context(values));
          return 0;
        }
        if (sub === 'export') {
          await runCommitmentsExport(context(values), values);
          return 0;
        }
        throw new CliError('commitments takes a subcommand: commitments list | commitments export --out FILE.ics|FILE.csv', 'usage');
      }
      case 'advice': {
        const { values, positionals } = parse(rest, adviceOptions);
        if (values.help) return (io.out(usage), 0);
        const [sub, ...args] = positionals;
        noExtra(args);
        if (sub === 'list') {
          await runAdviceList(context(values), values);
          return 0;
        }
        throw new CliError('advice takes a subcommand: advice list [--status draft|sent|answered|accepted|declined|closed]', 'usage');
      }
      case 'paper': {
        const { values, positionals } = parse(rest, paperOptions);
        if (values.help) return (io.out(usage), 0);
        const [sub, ...args] = positionals;
        noExtra(args);
        if (sub === 'export') {
          await runPaperExport(context(values), values);
          return 0;
        }
        throw new CliError('paper takes a subcommand: paper export --out FILE.docx [--locale en|fr|ar] [--version NAME]', 'usage');
      }
      case 'bundle': {
        const { values, positionals } = parse(rest, bundleOptions);
        if (values.help) return (io.out(usage), 0);
        const [sub, ...args] = positionals;
        if (sub === 'export') {
          noExtra(args);
          await runBundleExport(context(values), values);
          return 0;
        }
        if (sub === 'import') {
          const [file, ...extra] = args;
          if (file === undefined) throw new CliError('bundle import needs a file: bundle import FILE.focal [--dry-run] [--yes-trust]', 'usage');
          noExtra(extra);
          return (await runBundleImport(context(values), file, values)) ? 0 : 1;
        }
        if (sub === 'inspect') {
          const [file, ...extra] = args;
          if (file === undefined) throw new CliError('bundle inspect needs a file: bundle inspect FILE.focal', 'usage');
          noExtra(extra);
          return runBundleInspect(context(values), file) ? 0 : 1;
        }
        throw new CliError('bundle takes a subcommand: bundle export --out FILE.focal [--to CITY|network] [--since-last] | bundle inspect FILE | bundle import FILE', 'usage');
      }
      case 'trust': {
        const { values, positionals } = parse(rest, {});
        if (values.help) return (io.out(usage), 0);
        const [sub, ...args] = positionals;
        if (sub === 'list') {
          noExtra(args);
          await runTrustList(context(values));
          return 0;
        }
        if ((sub === 'add' || sub === 'remove') && args.length > 0) {
          // A fingerprint may be typed as six separate groups.
          const what = args.join(' ');
          if (sub === 'add') await runTrustAdd(context(values), what);
          else await runTrustRemove(context(values), what);
          return 0;
        }
        throw new CliError('trust takes a subcommand: trust list | trust add FINGERPRINT_OR_BUNDLE | trust remove FINGERPRINT', 'usage');
      }
      case 'keys': {
        const { values, positionals } = parse(rest, {});
        if (values.help) return (io.out(usage), 0);
        const [sub, ...args] = positionals;
        noExtra(args);
        if (sub === 'show') {
          await runKeysShow(context(values));
          return 0;
        }
        throw new CliError('keys takes a subcommand: keys show', 'usage');
      }
      case 'serve': {
        const { values, positionals } = parse(rest, serveOptions);
        noExtra(positionals);
        if (values.help) return (io.out(usage), 0);
        await runServe(context(values), app, values);
        return 0;
      }
      case 'observations': {
        const { values, positionals } = parse(rest, observationsOptions);
        if (values.help) return (io.out(usage), 0);
        const [sub, ...args] = positionals;
        if (sub === 'import') {
          const [file, ...extra] = args;
          if (file === undefined) throw new CliError('observations import needs a file: observations import FILE', 'usage');
          noExtra(extra);
          return await runObservationsImport(context(values), file, values);
        }
        if (sub === 'export') {
          noExtra(args);
          runObservationsExport(context(values), values);
          return 0;
        }
        throw new CliError('observations takes a subcommand: observations import FILE | observations export --out FILE', 'usage');
      }
      case 'demo':
      case 'status': {
        const { values, positionals } = parse(rest, {});
        noExtra(positionals);
        if (values.help) return (io.out(usage), 0);
        await (command === 'demo' ? runDemo(context(values)) : runStatus(context(values)));
        return 0;
      }
      default:
        throw new CliError(`unknown command "${command}" (see focal --help)`, 'usage');
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`focal: ${error.kind === 'usage' ? 'usage: ' : ''}${oneLine(error.message)}`);
      return error.kind === 'usage' ? 2 : 1;
    }
    io.err(`focal: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    return 1;
  }
}
