import { randomBytes } from 'node:crypto';
import { appendFileSync, closeSync, mkdirSync, readSync, renameSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { FocalError } from '../../errors';
import { importTooLarge, maxImportBytes, openImportFile } from './import-file-access';

export type TableFormat = 'csv' | 'xlsx';

export interface ImportFile {
  id: string;
  /** The name the user knows the file by (never used as a path). */
  name: string;
  path: string;
  format: TableFormat;
  bytes: number;
  /** Uploaded copies are Focal's to delete; files named on the command line are not. */
  owned: boolean;
}


const formats: Record<string, TableFormat> = { '.csv': 'csv', '.txt': 'csv', '.tsv': 'csv', '.xlsx': 'xlsx' };

/**
 * Files waiting to be imported. The interface uploads a file in pieces (it cannot hand the core a
 * path); the CLI and the desktop app's open dialog register a path. Either way the rest of the
 * import refers to the file by an id, and an uploaded copy lives under DATA/imports with a random
 * name — the user's file name never becomes a path.
 */
export class ImportFiles {
  private readonly files = new Map<string, ImportFile>();
  private readonly uploads = new Map<string, { name: string; format: TableFormat; part: string; bytes: number }>();

  constructor(
    private readonly dir: string,
    /** The import's size limit; only tests choose another. */
    private readonly limit: number = maxImportBytes,
  ) {}

  /** A file named by the host; refused at once unless it is a regular CSV or XLSX file within the limit. */
  register(path: string): ImportFile {
    const { fd, size } = openImportFile(path, this.limit);
    let format: TableFormat;
    try {
      format = sniff(fd, formatOf(path));
    } finally {
      closeSync(fd);
    }
    const file = { id: newId(), name: basename(path), path, format, bytes: size, owned: false };
    this.files.set(file.id, file);
    return file;
  }

  /** Appends one piece of an upload; the last piece makes it a file ready to preview. */
  upload(upload: string | null, name: string, chunk: Uint8Array, done: boolean): { upload: string; file: ImportFile | null; bytes: number } {
    let state = upload === null ? null : this.uploads.get(upload);
    const id = upload ?? newId();
    if (!state) {
      if (upload !== null) throw new FocalError('not_found', 'This upload is no longer known; choose the file again.');
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      state = { name, format: formatOf(name), part: join(this.dir, `${id}.part`), bytes: 0 };
      this.uploads.set(id, state);
    }
    if (state.bytes + chunk.byteLength > this.limit) {
      this.abandon(id);
      throw importTooLarge(this.limit);
    }
    appendFileSync(state.part, chunk, { mode: 0o600 });
    state.bytes += chunk.byteLength;
    if (!done) return { upload: id, file: null, bytes: state.bytes };
    const path = join(this.dir, `${id}.${state.format}`);
    renameSync(state.part, path);
    this.uploads.delete(id);
    const { fd } = openImportFile(path, this.limit);
    let format: TableFormat;
    try {
      format = sniff(fd, state.format);
    } finally {
      closeSync(fd);
    }
    const file = { id, name: state.name, path, format, bytes: state.bytes, owned: true };
    this.files.set(id, file);
    return { upload: id, file, bytes: state.bytes };
  }

  get(id: string): ImportFile {
    const file = this.files.get(id);
    if (!file) throw new FocalError('not_found', 'This file is no longer known; choose it again.');
    return file;
  }

  discard(id: string): void {
    const file = this.files.get(id);
    this.files.delete(id);
    if (file?.owned) rmSync(file.path, { force: true });
    this.abandon(id);
  }

  private abandon(id: string): void {
    const state = this.uploads.get(id);
    this.uploads.delete(id);
    if (state) rmSync(state.part, { force: true });
  }

  /** Uploads are working copies: none survives the process that received it. */
  discardAll(): void {
    for (const id of [...this.files.keys(), ...this.uploads.keys()]) this.discard(id);
  }
}

function newId(): string {
  return randomBytes(12).toString('hex');
}

function formatOf(name: string): TableFormat {
  const format = formats[extname(name).toLowerCase()];
  if (!format) throw new FocalError('unreadable_file', `Focal imports CSV and XLSX files; "${basename(name)}" is neither. Save it as CSV or XLSX and try again.`);
  return format;
}

/** Trusts the content over the name: a workbook renamed .csv is still read as a workbook. */
function sniff(fd: number, byName: TableFormat): TableFormat {
  const head = Buffer.alloc(8);
  readSync(fd, head, 0, 8, 0);
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new FocalError('unreadable_file', 'This is an old Excel file (.xls) or a password-protected workbook. Save it as .xlsx without a password, or as CSV, and try again.');
  }
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  return byName === 'xlsx' ? 'csv' : byName;
}
