import type { CliSession } from './session';

/** What every command gets: the chosen data folder, output mode and printers. */
export interface CommandContext {
  dataDir: string;
  json: boolean;
  /** `exclusive` for commands that keep running (serve): no second app on the same folder. */
  open(exclusive?: boolean): CliSession;
  /** A session on another folder (a scratch one), with the same app. */
  openAt(dataDir: string): CliSession;
  /** Whether the data folder holds a store already: commands that only read must not create one. */
  hasStore(): boolean;
  /** Prints a note for the person at the terminal (stderr), which never mixes with `--json` output. */
  note(text: string): void;
  /** Prints a string as is, or any other value as JSON. */
  print(output: unknown): void;
}
