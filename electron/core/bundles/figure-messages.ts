import { MessagePort } from 'node:worker_threads';
import { z } from 'zod';
import { ManifestFile } from '../../../shared/bundle/bundle-manifest';
import { bundleRejectionCodes } from '../../../shared/bundle/bundle-rejection';
import { CodeCatalogue } from '../observations/import/code-recognizer';

/** What the import's thread hands the thread that reads a bundle's figures (figure-reader.ts). */
export const FigureReaderInput = z.object({
  /** The listed file as `VerifiedBundle.handOver` gives it: the archive's shared bytes, the entry, the signed claims. */
  handed: z.object({
    bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
    entry: z.object({
      name: z.string(),
      nameIsValidUtf8: z.boolean(),
      flags: z.number(),
      versionMadeBy: z.number(),
      externalAttributes: z.number(),
      compression: z.number(),
      crc32: z.number(),
      compressedSize: z.number(),
      uncompressedSize: z.number(),
      localHeaderOffset: z.number(),
    }),
    file: ManifestFile,
    remainingBytes: z.number(),
  }),
  /** The codelists and the sender's indicators and districts as the import has just written them. */
  catalogue: CodeCatalogue,
  /** The sender's sources as the import has just written them: identity → local row. */
  sources: z.array(z.tuple([z.string(), z.number()])),
  /** Where the reading thread posts its messages: read there without waiting for an event loop. */
  port: z.instanceof(MessagePort),
  /** Counters both threads see: see the slots below. */
  flow: z.instanceof(SharedArrayBuffer),
});
export type FigureReaderInput = z.infer<typeof FigureReaderInput>;

/** Slots of the flow counters: messages posted by the reading thread, chunks written by the writing one, and the reading thread's heartbeat (one beat per piece of the file inflated). */
export const messagesPosted = 0;
export const chunksTaken = 1;
export const heartbeat = 2;
export const flowSlots = 3;

/** What the reading thread tells the writing thread, in order: chunks of figures, then one end. */
export const FigureMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('figures'),
    chunk: z.object({ count: z.number(), ints: z.instanceof(ArrayBuffer), numbers: z.instanceof(ArrayBuffer), texts: z.array(z.string()) }),
    /** The file's line reached. */
    line: z.number(),
  }),
  /** The file was read to its end and checks out as signed; every figure was sent. */
  z.object({ type: z.literal('end'), rows: z.number(), suppressed: z.number() }),
  /** The file, or a figure in it, does not fit: the bundle is refused with this code. */
  z.object({ type: z.literal('rejected'), code: z.enum(bundleRejectionCodes), detail: z.string() }),
  /** Something else went wrong on the reading thread. */
  z.object({ type: z.literal('failed'), message: z.string() }),
]);
export type FigureMessage = z.infer<typeof FigureMessage>;
