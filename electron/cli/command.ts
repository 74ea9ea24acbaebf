import type { CliSession } from './session';

/** What every command gets: the chosen data folder, output mode and printers. */
export interface CommandContext {
  dataDir: string;
  json: boolean;
  /** `exclusive` for commands that keep running (serve): no second app on the same folder. */
  open(exclusive?: boolean): CliSession;
  /** Prints a string as is, or any other value as JSON. */
  print(output: unknown): void;
}
