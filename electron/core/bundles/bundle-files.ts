import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { FocalError } from '../errors';
import type { BundleSource } from './import-bundle';

/**
 * Received bundle files the host named (the CLI's argument; later the app's open dialog, a
 * double-click on a .focal file, the exchange folder's inbox), by an id the contract refers to:
 * the interface never hands the core a path.
 */
export class BundleFiles {
  private readonly files = new Map<string, { path: string; name: string }>();

  register(path: string): string {
    if (!isRegularFile(path)) throw new FocalError('unreadable_file', `Cannot read ${path}: no such file, or not a regular file.`);
    const id = randomBytes(12).toString('hex');
    this.files.set(id, { path, name: basename(path) });
    return id;
  }

  source(id: string): BundleSource & { name: string } {
    const file = this.files.get(id);
    if (!file) throw new FocalError('not_found', 'This bundle file is no longer known; choose it again.');
    let size: number;
    try {
      size = statSync(file.path).size;
    } catch {
      throw new FocalError('unreadable_file', `Cannot read ${file.path}: it was moved or removed.`);
    }
    return { name: file.name, size, bytes: () => readFileSync(file.path) };
  }
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
