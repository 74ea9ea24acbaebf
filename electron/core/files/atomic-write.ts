import { closeSync, copyFileSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isProcessAlive } from '../process-liveness';

const tempMarker = '.focal-tmp-';

/** What follows the marker: the writer's process id, then a random part (`12345-a1b2c3d4e5f6`). */
const ownedSuffix = /^(\d+)-[0-9a-f]{12}$/;
/** What Focal wrote after the marker before temp names carried their writer's process id. */
const unownedSuffix = /^[0-9a-f]{12}$/;

/**
 * A temp file nobody has written to for this long is abandoned even if a process with its writer's
 * id is running: after a crash the id may have been given to an unrelated process. No write Focal
 * makes leaves its file untouched for anywhere near this long.
 */
export const abandonedAfterMs = 24 * 60 * 60 * 1000;

/**
 * A name in the same folder (so rename is atomic) that the start-up sweep recognises. It carries
 * the writer's process id, so that another Focal opening the same folder at the same moment (a
 * second command, the browser host beside the CLI) can tell a write in progress from a crash's
 * leftover and sweep only the latter.
 */
export function tempNameFor(finalPath: string): string {
  return join(dirname(finalPath), `${basename(finalPath)}${tempMarker}${process.pid}-${randomBytes(6).toString('hex')}`);
}

/**
 * Whether the temp file `name` in `dir` (whose part after the marker is `suffix`) may be removed:
 * its writer has exited, or it has not been written to for a day. Names from before temp names
 * carried a process id can only come from an older Focal's crash, and are removed as they always were.
 */
function isAbandoned(dir: string, name: string, suffix: string, nowMs: number): boolean {
  const owner = ownedSuffix.exec(suffix);
  if (!owner?.[1] || !isProcessAlive(Number(owner[1]))) return true;
  try {
    return nowMs - statSync(join(dir, name)).mtimeMs > abandonedAfterMs;
  } catch {
    // Gone already: its writer renamed or removed it.
    return false;
  }
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

/** Copies a file under a temp name beside the target, flushes, then renames: the copy is whole or absent. */
export function copyFileAtomic(source: string, finalPath: string): void {
  const temp = tempNameFor(finalPath);
  try {
    copyFileSync(source, temp);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
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

/**
 * Removes temp files a crash left behind in the given folders; returns how many. Temp files of
 * processes still running (another Focal taking a backup or writing a file in this same folder
 * right now) are left alone: removing one would make that write fail.
 */
export function sweepTempFiles(dirs: string[], nowMs = Date.now()): number {
  let removed = 0;
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const at = name.indexOf(tempMarker);
      if (at < 0 || !isAbandoned(dir, name, name.slice(at + tempMarker.length), nowMs)) continue;
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
export function sweepTempFilesOf(finalPath: string, nowMs = Date.now()): number {
  const dir = dirname(finalPath);
  const prefix = `${basename(finalPath)}${tempMarker}`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  // Only names Focal makes: this is a folder of the user's, where anything else is theirs.
  const leftovers = names.filter((name) => {
    if (!name.startsWith(prefix)) return false;
    const suffix = name.slice(prefix.length);
    return (ownedSuffix.test(suffix) || unownedSuffix.test(suffix)) && isAbandoned(dir, name, suffix, nowMs);
  });
  for (const name of leftovers) rmSync(join(dir, name), { force: true });
  return leftovers.length;
}
