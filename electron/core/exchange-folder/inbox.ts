import { createHash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { InboxFile, InboxListing } from '../../../shared/bundle/exchange-folder';
import type { BundleFiles } from '../bundles/bundle-files';
import { bundleLimits } from '../bundles/bundle-limits';
import { FocalError } from '../errors';
import { exchangeFolderPath, inboxOf } from './exchange-folder';

/** More than this many waiting bundles is a folder nobody empties; the newest are what matters. */
export const inboxListLimit = 100;

/**
 * Names a sync tool or an editor uses while a file is still arriving or being written: hidden
 * names (Syncthing's `.syncthing.*.tmp`, Nextcloud's `.*.~1a2b`), `~` names (OneDrive, Office),
 * and Focal's own temp names. Only a finished `.focal` name is a bundle to list.
 */
export function isWaitingBundleName(name: string): boolean {
  if (name.startsWith('.') || name.startsWith('~') || name.endsWith('~')) return false;
  if (name.includes('.focal-tmp-')) return false;
  if (/\.(part|partial|crdownload|tmp|sync|syncing|download)$/i.test(name)) return false;
  return name.toLowerCase().endsWith('.focal') && name.length > '.focal'.length;
}

/**
 * Hashes are kept by path, size and time of change, so that listing the inbox again does not read
 * every file again; a changed file has another key.
 */
const hashes = new Map<string, string>();

function sha256Of(path: string, stats: Stats): string | null {
  const key = `${path}\u0000${stats.size}\u0000${stats.mtimeMs}`;
  const known = hashes.get(key);
  if (known) return known;
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(1024 * 1024);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
  const digest = hash.digest('hex');
  if (hashes.size > 1000) hashes.clear();
  hashes.set(key, digest);
  return digest;
}

function inboxPath(db: Database): string {
  const folder = exchangeFolderPath(db);
  if (folder === null) throw new FocalError('not_found', 'No exchange folder is set. Choose one in Settings first.');
  return inboxOf(folder);
}

/**
 * The bundles waiting in `inbox/`, newest first, each marked when the very same file was already
 * imported. Nothing is opened or imported here: the user opens one, and sees its preview first.
 */
export function listInbox(db: Database): InboxListing {
  const inbox = inboxPath(db);
  let names: string[];
  try {
    names = readdirSync(inbox);
  } catch {
    throw new FocalError('not_found', `Focal cannot read the inbox folder ${inbox}: it is not there (a removed drive, or a renamed folder).`);
  }
  const found: { name: string; stats: Stats }[] = [];
  for (const name of names) {
    if (!isWaitingBundleName(name)) continue;
    try {
      // lstat: a link could lead anywhere on the disk, and is not something the sync tool delivered.
      const stats = lstatSync(join(inbox, name));
      if (stats.isFile()) found.push({ name, stats });
    } catch {
      // Gone between the listing and the look: the sync tool moved it.
    }
  }
  found.sort((a, b) => b.stats.mtimeMs - a.stats.mtimeMs || a.name.localeCompare(b.name));
  const listed = found.slice(0, inboxListLimit);
  const imported = db.prepare("SELECT 1 FROM received_bundles WHERE content_sha256 = ? AND result = 'imported' LIMIT 1");
  const files: InboxFile[] = listed.map(({ name, stats }) => {
    const sha = stats.size <= bundleLimits.maxFileBytes ? sha256Of(join(inbox, name), stats) : null;
    return { name, size: stats.size, modifiedAt: stats.mtime.toISOString(), received: sha !== null && imported.get(sha) !== undefined };
  });
  return { files, more: found.length - listed.length };
}

/** Names one file of the inbox to the import as a chosen file would be: it goes through the same checks and preview. */
export function openInboxFile(db: Database, bundleFiles: BundleFiles, name: string): { file: string; name: string } {
  if (name.includes('/') || name.includes('\\') || name.includes('\u0000') || name.split(/[\\/]/).includes('..') || name === '..' || name === '.') {
    throw new FocalError('invalid_input', `“${name}” is not the name of a file in the inbox.`);
  }
  if (!isWaitingBundleName(name)) throw new FocalError('invalid_input', `“${name}” is not a finished bundle (a .focal file).`);
  const path = join(inboxPath(db), name);
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    throw new FocalError('not_found', `${name} is no longer in the inbox: your sync tool may have moved it. Refresh the list.`);
  }
  if (!stats.isFile()) throw new FocalError('invalid_input', `${name} is not a regular file (a link or a folder), so Focal does not open it.`);
  return { file: bundleFiles.register(path), name };
}
