import { z } from 'zod';
import type { ImportProblem } from '../../../../shared/domain/observation-import';
import { ImportMapping } from '../../../../shared/domain/observation-import';
import type { ErrorCode } from '../../../../shared/api/result';
import type { StreamedCheckResult } from '../checks/streamed-checks';
import type { CoverageCell } from './import-writing';
import type { RowChunk } from './packed-rows';

/** What an import's writing thread hands its reading thread (docs/benchmarks.md, "two threads"). */
export const ReaderInput = z.object({
  database: z.string(),
  city: z.string(),
  file: z.object({ path: z.string(), format: z.enum(['csv', 'xlsx']) }),
  mapping: ImportMapping,
  /** The city has no figures yet: the reading thread also makes the checks that go along the rows. */
  firstImport: z.boolean(),
  /** The import's cancel flag, shared with the thread that asked for it. */
  cancel: z.instanceof(SharedArrayBuffer),
  /** Two counters: chunks sent by the reading thread, chunks written by the writing one. */
  flow: z.instanceof(SharedArrayBuffer),
});
export type ReaderInput = z.infer<typeof ReaderInput>;

/** Slots of the flow counters. */
export const chunksSent = 0;
export const chunksTaken = 1;

/** What the reading thread tells the writing thread. */
export type ReaderMessage =
  | {
      type: 'rows';
      chunk: RowChunk;
      /** Citations seen for the first time in this chunk, numbered on from the previous ones. */
      citations: string[];
      /** Coverage counts of the indicators the streamed checks finished since the previous chunk. */
      coverage: CoverageCell[];
      done: number;
      total: number;
      rows: number;
    }
  | {
      type: 'end';
      rows: number;
      problems: { errors: ImportProblem[]; warnings: ImportProblem[]; errorCount: number; warningCount: number };
      /** The streamed checks of a first import (null otherwise), with the last coverage counts. */
      checks: StreamedCheckResult | null;
      coverage: CoverageCell[];
    }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string; code: ErrorCode | null };
