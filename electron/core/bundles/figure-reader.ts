import { workerData } from 'node:worker_threads';
import { CodeRecognizer } from '../observations/import/code-recognizer';
import type { Read } from './bundle-csv';
import { bundleLimits } from './bundle-limits';
import { BundleRejected } from './bundle-rejected';
import { checkFile } from './checked-file';
import { chunksTaken, FigureReaderInput, heartbeat, messagesPosted, type FigureMessage } from './figure-messages';
import { FigurePacker } from './packed-figures';
import { readPeerFigures } from './peer-figures';

/**
 * The thread that reads a received bundle's figures while the import's thread writes them: it
 * inflates `data/observations.csv`, checks it against what the manifest signed (hash, size, record
 * count), parses it and checks every figure with the one validator, and posts them in packed chunks
 * (docs/benchmarks.md, "the import in two threads"). It touches no store: what it checks against
 * (the codelists, the sender's indicators, districts and sources, written moments ago in the
 * import's transaction) comes with its input. At most a few chunks wait between the two threads.
 */

const figuresPerChunk = 4096;
const chunksAhead = 4;

const input = FigureReaderInput.parse(workerData);
const flow = new Int32Array(input.flow);

function post(message: FigureMessage, transfer: ArrayBuffer[] = []): void {
  input.port.postMessage(message, transfer);
  // Posted first, counted second: once the writing thread sees the count move, the message is there.
  Atomics.add(flow, messagesPosted, 1);
  Atomics.notify(flow, messagesPosted);
}

try {
  const { handed } = input;
  const packer = new FigurePacker(figuresPerChunk);
  let sent = 0;
  let line = 0;
  const sendChunk = () => {
    const chunk = packer.take();
    post({ type: 'figures', chunk, line }, [chunk.ints, chunk.numbers]);
    sent += 1;
    // Wait while the writing thread is behind: the chunks in between are all the memory this costs.
    for (;;) {
      const taken = Atomics.load(flow, chunksTaken);
      if (sent - taken < chunksAhead) break;
      Atomics.wait(flow, chunksTaken, taken, 1000);
    }
  };
  // The same check as on the import's thread: a changed file is refused as changed, whatever a figure
  // in it made the reader say. Every piece inflated beats, even after the reading stopped at a figure
  // that does not fit: the writing thread then knows this one is still checking the rest of the file.
  const read: Read = (onChunk) => {
    const reading: { failed: boolean; error: unknown } = { failed: false, error: null };
    checkFile(handed.bytes, handed.entry, handed.file, { remainingBytes: handed.remainingBytes, maxRatio: bundleLimits.maxRatio }, bundleLimits, (chunk) => {
      Atomics.add(flow, heartbeat, 1);
      if (reading.failed) return;
      try {
        onChunk(chunk);
      } catch (error) {
        reading.failed = true;
        reading.error = error;
      }
    });
    if (reading.failed) throw reading.error;
  };
  const figures = readPeerFigures(
    read,
    new CodeRecognizer(input.catalogue),
    input.sources,
    (at, figure) => {
      line = at;
      packer.add(at, figure);
      if (packer.full) sendChunk();
    },
    () => undefined,
  );
  if (packer.count > 0) sendChunk();
  post({ type: 'end', rows: figures.rows, suppressed: figures.suppressed });
} catch (error) {
  if (error instanceof BundleRejected) post({ type: 'rejected', code: error.code, detail: error.detail });
  else post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
