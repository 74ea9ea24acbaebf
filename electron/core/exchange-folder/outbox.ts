import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { OutboxCopy } from '../../../shared/bundle/bundle-export';
import { describeStorageFailure } from '../errors';
import { ExportFile } from '../observations/export/export-file';
import { exchangeFolderPath, outboxOf } from './exchange-folder';

/**
 * Places a bundle just made into the exchange folder's `outbox/`, under the name it has in
 * `bundles/sent/`. The copy is written under a hidden temp name beside it and renamed (ExportFile,
 * as for any file written to a folder of the user's), so the sync tool never sees a half-written
 * `.focal` file. A failure is an answer, not an error: the bundle itself was made.
 */
export function placeInOutbox(db: Database, sentFile: string, name: string): OutboxCopy | null {
  const folder = exchangeFolderPath(db);
  if (folder === null) return null;
  const target = join(outboxOf(folder), name);
  try {
    if (!statSync(folder).isDirectory()) return { error: `The exchange folder ${folder} is not a folder any more.` };
  } catch {
    // Not made again here: on a removed drive that would create a stray folder on the system disk.
    return { error: `The exchange folder ${folder} is not there (a removed drive, or a renamed folder).` };
  }
  try {
    mkdirSync(outboxOf(folder), { recursive: true });
    copyInto(sentFile, new ExportFile(target));
    return { path: target };
  } catch (error) {
    return { error: describeStorageFailure(error, { kind: 'file', file: target })?.message ?? `The copy to ${target} failed: ${error instanceof Error ? error.message : String(error)}.` };
  }
}

function copyInto(source: string, target: ExportFile): void {
  let fd: number | null = null;
  try {
    fd = openSync(source, 'r');
    const buffer = Buffer.alloc(1024 * 1024);
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) target.write(buffer.subarray(0, read));
    target.commit();
  } catch (error) {
    target.abandon();
    throw error;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
