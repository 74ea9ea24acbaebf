import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { renameIntoPlace, sweepTempFilesOf } from '../../files/atomic-write';

/**
 * Where an export is written until it is complete. Exports go to a folder the user chose, which no
 * start-up sweep covers and which the user looks at: the temp file is hidden (a leading dot) so an
 * interrupted export leaves nothing that looks like a result, and it sits in the same folder so the
 * final rename is atomic. Its name carries the writer's process id, so the next export to the same
 * file clears what a dead process left without touching what a live one is still writing.
 */
const marker = '.focal-tmp-';

/** `.observations.xlsx.focal-tmp-<pid>-<12 hex>` beside `observations.xlsx`. */
export function exportTempName(file: string): string {
  return join(dirname(file), `.${basename(file)}${marker}${process.pid}-${randomBytes(6).toString('hex')}`);
}

/** The id of the process that wrote an export temp file of `finalName`, or null if `name` is not one. */
export function exportTempWriter(name: string, finalName: string): number | null {
  const prefix = `.${finalName}${marker}`;
  if (!name.startsWith(prefix)) return null;
  const match = /^([1-9][0-9]{0,9})-[0-9a-f]{12}$/.exec(name.slice(prefix.length));
  return match ? Number(match[1]) : null;
}

function isRunning(pid: number): boolean {
  // This process writes its exports one at a time and removes its temp files itself: one of its
  // pid is left over from an earlier process that had the same id.
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}

/** Removes what interrupted exports to `file` left beside it (hidden names, and the visible ones of older versions). */
export function sweepExportLeftovers(file: string): number {
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return 0;
  }
  let removed = sweepTempFilesOf(file);
  for (const name of names) {
    const writer = exportTempWriter(name, basename(file));
    if (writer === null || isRunning(writer)) continue;
    rmSync(join(dirname(file), name), { force: true });
    removed += 1;
  }
  return removed;
}

/** An export being written: bytes go to the hidden temp file; `commit` flushes it and renames it into place. */
export class ExportFile {
  private readonly temp: string;
  private readonly fd: number;
  private closed = false;

  constructor(private readonly file: string) {
    sweepExportLeftovers(file);
    this.temp = exportTempName(file);
    this.fd = openSync(this.temp, 'wx', 0o644);
  }

  write(content: string | Uint8Array): void {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
  }

  commit(): void {
    fsyncSync(this.fd);
    this.close();
    renameIntoPlace(this.temp, this.file);
  }

  abandon(): void {
    // The file may already be closed (the rename failed): closing it twice would hide why.
    this.close();
    rmSync(this.temp, { force: true });
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}
