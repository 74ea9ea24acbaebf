/**
 * A line writer for standard output or error. When the reader goes away — `focal catalogue list |
 * head -1`, a closed terminal — the next write fails with EPIPE; unhandled, that error crashes Node
 * with a stack trace. Here the rest of the output is dropped instead and the command ends as it
 * would have (what a program killed by SIGPIPE would do, without the noise). Any other failure to
 * write is reported through `onFailure`, so the command does not claim success.
 */
export function lineWriter(stream: NodeJS.WritableStream, onFailure: () => void): (text: string) => void {
  let open = true;
  stream.on('error', (error: unknown) => {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    if (open && code !== 'EPIPE') onFailure();
    open = false;
  });
  return (text) => {
    if (open) stream.write(`${text}\n`);
  };
}
