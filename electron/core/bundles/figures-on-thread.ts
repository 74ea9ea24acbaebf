import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort, type ResourceLimits } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import { readCodeCatalogue } from '../observations/import/code-recognizer';
import { BundleRejected } from './bundle-rejected';
import { chunksTaken, FigureMessage, flowSlots, heartbeat, messagesPosted, type FigureReaderInput } from './figure-messages';
import { unpackFigures } from './packed-figures';
import { peerSourceIds } from './peer-figures';
import type { PeerFigures } from './peer-observations';
import type { PeerSpace } from './peer-space';
import type { VerifiedBundle } from './read-bundle';

/** Where the figure thread's script is (figure-reader.ts, built), and the memory it may use. */
export interface FigureThread {
  script: string;
  resourceLimits: ResourceLimits;
}

/**
 * The reading thread posts a message every few milliseconds while it reads, and beats for every
 * piece of the file it inflates, even while it checks the rest of a file it stopped reading. Its
 * memory is bounded by the chunks in flight, so no file should make it run out; this only ends the
 * wait for a thread that died some other way, whose events this thread cannot hear while it waits.
 * Its start (loading its code, building what it checks against) is the longest silence: a fifth of
 * a second here.
 */
const silenceMs = 15_000;

/**
 * A bundle's figures read, checked and packed on a thread of their own (figure-reader.ts) while this
 * one writes them, inside the import's transaction, without leaving it: this thread waits on the
 * counters both share and takes the messages off the port directly, so the import stays one
 * synchronous transaction whichever thread reads. Same answer as `figuresHere` (tested side by side).
 *
 * The file is checked there; it counts as checked here only once that thread says it checked out
 * (or found it changed). If this side stops first (a figure repeated, a storage fault), the file is
 * still unchecked, so a refusal checks it here before anything: a changed file is refused as changed.
 */
export function figuresOnThread(db: Database, space: PeerSpace, bundle: VerifiedBundle, path: string, thread: FigureThread, onRows: (rows: number) => void): PeerFigures {
  return (onFigure) => {
    const flow = new Int32Array(new SharedArrayBuffer(flowSlots * Int32Array.BYTES_PER_ELEMENT));
    const { port1, port2 } = new MessageChannel();
    const input: FigureReaderInput = { handed: bundle.handOver(path), catalogue: readCodeCatalogue(db, space.code), sources: peerSourceIds(db, space), port: port2, flow: flow.buffer };
    const worker = new Worker(thread.script, { workerData: input, transferList: [port2], resourceLimits: thread.resourceLimits });
    // Its events arrive only after this answer, when nothing waits for them: the port says everything.
    worker.on('error', () => undefined);
    try {
      for (;;) {
        const message = nextMessage(port1, flow);
        switch (message.type) {
          case 'figures':
            unpackFigures(message.chunk, onFigure);
            Atomics.add(flow, chunksTaken, 1);
            Atomics.notify(flow, chunksTaken);
            onRows(message.line);
            break;
          case 'end':
            bundle.checkedElsewhere(path);
            return { rows: message.rows, suppressed: message.suppressed };
          case 'rejected':
            // The thread reads to the end of the file before it says a figure does not fit: the file itself was checked.
            bundle.checkedElsewhere(path);
            throw new BundleRejected(message.code, message.detail);
          case 'failed':
            throw new Error(message.message);
        }
      }
    } finally {
      port1.close();
      void worker.terminate();
    }
  };
}

/** The reading thread's next message, waited for on the shared counter rather than an event loop. */
function nextMessage(port: MessagePort, flow: Int32Array): FigureMessage {
  let since = Date.now();
  let beat = Atomics.load(flow, heartbeat);
  for (;;) {
    const posted = Atomics.load(flow, messagesPosted);
    const received = receiveMessageOnPort(port);
    if (received) return FigureMessage.parse(received.message);
    const now = Date.now();
    const beatNow = Atomics.load(flow, heartbeat);
    if (beatNow !== beat) [beat, since] = [beatNow, now];
    else if (now - since > silenceMs) throw new Error('the thread reading the figures stopped answering');
    Atomics.wait(flow, messagesPosted, posted, 1000);
  }
}
