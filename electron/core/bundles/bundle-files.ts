import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundleLimits } from './bundle-limits';
import { FocalError } from '../errors';
import type { BundleSource } from './import-bundle';

/**
 * Received bundle files the host named (the CLI's argument; later the app's open dialog, a
 * double-click on a .focal file, the exchange folder's inbox), by an id the contract refers to:
 * the interface never hands the core a path.
 */
export class BundleFiles {
  private readonly files = new Map<string, { path: string; name: string; owned: boolean }>();
  private readonly uploads = new Map<string, { name: string; part: string; bytes: number }>();

  /** `dir`: where uploaded copies are kept until the process ends (the data folder's imports/). */
  constructor(private readonly dir: string) {}

  /**
   * Appends one piece of a bundle the interface sends (it has no path to give); the last piece
   * makes it a file to import. A file over the bundle limit is refused as it arrives.
   */
  upload(upload: string | null, name: string, chunk: Uint8Array, done: boolean): { upload: string; file: string | null; bytes: number } {
    const id = upload ?? randomBytes(12).toString('hex');
    let state = this.uploads.get(id);
    if (!state) {
      if (upload !== null) throw new FocalError('not_found', 'This upload is no longer known; choose the file again.');
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      state = { name: basename(name), part: join(this.dir, `bundle-${id}.part`), bytes: 0 };
      this.uploads.set(id, state);
    }
    if (state.bytes + chunk.byteLength > bundleLimits.maxFileBytes) {
      this.uploads.delete(id);
      rmSync(state.part, { force: true });
      throw new FocalError('too_large', 'This file is larger than any Focal bundle can be. Ask the sender for a smaller one (only the changes since the last bundle).');
    }
    appendFileSync(state.part, chunk, { mode: 0o600 });
    state.bytes += chunk.byteLength;
    if (!done) return { upload: id, file: null, bytes: state.bytes };
    const path = join(this.dir, `bundle-${id}.focal`);
    renameSync(state.part, path);
    this.uploads.delete(id);
    this.files.set(id, { path, name: state.name, owned: true });
    return { upload: id, file: id, bytes: state.bytes };
  }

  /** Uploaded copies do not outlive the process that received them. */
  discardAll(): void {
    for (const file of this.files.values()) if (file.owned) rmSync(file.path, { force: true });
    for (const state of this.uploads.values()) rmSync(state.part, { force: true });
    this.files.clear();
    this.uploads.clear();
  }

  register(path: string): string {
    if (!isRegularFile(path)) throw new FocalError('unreadable_file', `Cannot read ${path}: no such file, or not a regular file.`);
    const id = randomBytes(12).toString('hex');
    this.files.set(id, { path, name: basename(path), owned: false });
    return id;
  }

  source(id: string): BundleSource & { name: string; path: string } {
    const file = this.files.get(id);
    if (!file) throw new FocalError('not_found', 'This bundle file is no longer known; choose it again.');
    let size: number;
    try {
      size = statSync(file.path).size;
    } catch {
      throw new FocalError('unreadable_file', `Cannot read ${file.path}: it was moved or removed.`);
    }
    return { name: file.name, path: file.path, size, bytes: () => readFileSync(file.path) };
  }
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
