/** A failure the CLI reports in one line; `usage` errors exit 2, the rest exit 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly kind: 'usage' | 'failure',
  ) {
    super(message);
    this.name = 'CliError';
  }
}
