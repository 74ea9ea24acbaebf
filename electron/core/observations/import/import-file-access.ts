import { closeSync, constants, fstatSync, openSync, type Stats } from 'node:fs';
import { FocalError } from '../../errors';

/** The largest file accepted for import, whichever way it arrives (a path or an upload). */
export const maxImportBytes = 512 * 1024 * 1024;

/** The one refusal of an oversized file, so every host words it the same. */
export function importTooLarge(limit: number = maxImportBytes): FocalError {
  return new FocalError('too_large', `The file is larger than ${Math.round(limit / 1024 / 1024)} MB; split it and import the parts.`);
}

// Opening a FIFO for reading waits for a writer — forever, if none comes. Without blocking, open
// returns at once and fstat can say what it is. (Windows has no FIFOs to open by name.)
const openFlags = constants.O_RDONLY | (process.platform === 'win32' ? 0 : constants.O_NONBLOCK);

function notAFile(path: string, info: Stats | 'directory'): FocalError {
  if (info === 'directory' || info.isDirectory()) return new FocalError('unreadable_file', `${path} is a folder, not a file. Choose a CSV or XLSX file.`);
  return new FocalError('unreadable_file', `${path} is not a regular file (it is a device, a pipe or a socket). Save the data as a CSV or XLSX file and import that.`);
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/**
 * Opens a file to import, refusing at once what is not a regular file (a folder, a FIFO that would
 * block, a device like /dev/zero that never ends) or is larger than the import limit. The checks are
 * made on the open descriptor, so the name cannot be swapped for something else in between; the
 * caller reads through `fd` and closes it.
 */
export function openImportFile(path: string, limit: number = maxImportBytes): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(path, openFlags);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FocalError('not_found', `There is no file at ${path}.`);
    if (code === 'EISDIR') throw notAFile(path, 'directory');
    throw new FocalError('unreadable_file', `${path} cannot be read (${code || 'unknown error'}).`);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw notAFile(path, info);
    if (info.size > limit) throw importTooLarge(limit);
    return { fd, size: info.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
