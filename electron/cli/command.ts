import type { CliSession } from './session';

/** What every command gets: the chosen data folder, output mode and printers. */
export interface CommandContext {
  dataDir: string;
  json: boolean;
  open(): CliSession;
  /** Prints a string as is, or any other value as JSON. */
  print(output: unknown): void;
}
