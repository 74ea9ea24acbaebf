import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

const tempMarker = '.focal-tmp-';

/** A name in the same folder (so rename is atomic) that the start-up sweep recognises. */
export function tempNameFor(finalPath: string): string {
  return join(dirname(finalPath), `${basename(finalPath)}${tempMarker}${randomBytes(6).toString('hex')}`);
}

function fsyncDirectory(dir: string): void {
  // Makes the rename itself durable; not supported on Windows, where rename is already journaled.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes to a temp name, flushes, then renames: a crash never leaves half a file under the final name. */
export function writeFileAtomic(finalPath: string, content: string | Uint8Array, mode = 0o644): void {
  const temp = tempNameFor(finalPath);
  const fd = openSync(temp, 'wx', mode);
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameIntoPlace(temp, finalPath);
}

/** Renames a finished temp file over its final name and makes that durable. */
export function renameIntoPlace(temp: string, finalPath: string): void {
  try {
    renameSync(temp, finalPath);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncDirectory(dirname(finalPath));
}

/** Removes temp files a crash left behind in the given folders; returns how many. */
export function sweepTempFiles(dirs: string[]): number {
  let removed = 0;
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!name.includes(tempMarker)) continue;
      rmSync(join(dir, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}

/**
 * Removes what an interrupted earlier write to this same file left beside it. Files written to a
 * folder the user chose (exports, reports) are not under any folder the start-up sweep covers, so
 * each write first clears the leftovers of its own target.
 */
export function sweepTempFilesOf(finalPath: string): number {
  const prefix = `${basename(finalPath)}${tempMarker}`;
  let names: string[];
  try {
    names = readdirSync(dirname(finalPath));
  } catch {
    return 0;
  }
  const leftovers = names.filter((name) => name.startsWith(prefix) && /^[0-9a-f]{12}$/.test(name.slice(prefix.length)));
  for (const name of leftovers) rmSync(join(dirname(finalPath), name), { force: true });
  return leftovers.length;
}
