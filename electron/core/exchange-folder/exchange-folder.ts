import { accessSync, constants, mkdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ExchangeFolder, ExchangeFolderSetting } from '../../../shared/bundle/exchange-folder';
import { FocalError } from '../errors';
import { readSetting, removeSetting, writeSetting } from '../settings/settings-queries';

const settingKey = 'exchange_folder';

export function exchangeFolderPath(db: Database): string | null {
  return readSetting(db, settingKey);
}

export function inboxOf(folder: string): string {
  return join(folder, 'inbox');
}

export function outboxOf(folder: string): string {
  return join(folder, 'outbox');
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether `inner` is `outer` or lies under it (both already resolved through links). */
function isWithin(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/** The kinds of refusal, which the interface words in its language beside the path field. */
type FolderRefusal = 'relative' | 'missing' | 'not_a_folder' | 'inside_data' | 'holds_data' | 'not_writable';

function refuse(code: 'invalid_input' | 'not_found' | 'storage_denied', reason: FolderRefusal, message: string): FocalError {
  return new FocalError(code, message, [{ path: 'path', message, problem: { code: reason, params: {} } }]);
}

/** The setting as it stands now: the folder may have gone away (a removed drive) since it was set. */
export function readExchangeFolder(db: Database): ExchangeFolderSetting {
  const path = exchangeFolderPath(db);
  if (path === null) return { folder: null };
  const exists = isDirectory(path);
  const folder: ExchangeFolder = { path, inbox: inboxOf(path), outbox: outboxOf(path), exists, writable: exists && isWritable(path) };
  return { folder };
}

/**
 * Checks the folder the user named and makes its `inbox/` and `outbox/`. The data folder is never
 * allowed on either side of it: a sync tool would then copy the store, keys and backups around.
 */
export function setExchangeFolder(db: Database, dataRoot: string, given: string): ExchangeFolderSetting {
  const path = given.trim();
  if (!isAbsolute(path)) throw refuse('invalid_input', 'relative', `“${path}” is not a full path. Give the folder’s whole path, starting with / (or with a drive letter such as C:\\ on Windows).`);
  const folder = resolve(path);
  let real: string;
  try {
    if (!statSync(folder).isDirectory()) throw refuse('invalid_input', 'not_a_folder', `${folder} is a file, not a folder. Give the path of the folder your sync tool keeps in step.`);
    real = realpathSync(folder);
  } catch (error) {
    if (error instanceof FocalError) throw error;
    throw refuse('not_found', 'missing', `There is no folder at ${folder}. Create it (or let your sync tool create it) first, then give its path again.`);
  }
  const data = realpathSync(dataRoot);
  if (isWithin(real, data)) throw refuse('invalid_input', 'inside_data', `${folder} is inside Focal’s data folder. Choose a folder of your sync tool outside it.`);
  if (isWithin(data, real)) throw refuse('invalid_input', 'holds_data', `${folder} holds Focal’s data folder: a sync tool would copy your whole store and keys. Choose a folder beside it instead.`);
  if (!isWritable(folder)) throw refuse('storage_denied', 'not_writable', `Focal is not allowed to write to ${folder} (it is read-only, or belongs to another user account). Choose another folder.`);
  try {
    mkdirSync(inboxOf(folder), { recursive: true });
    mkdirSync(outboxOf(folder), { recursive: true });
  } catch (error) {
    throw refuse('storage_denied', 'not_writable', `Focal could not make inbox/ and outbox/ in ${folder} (${error instanceof Error ? error.message : String(error)}). Choose another folder.`);
  }
  writeSetting(db, settingKey, folder);
  return readExchangeFolder(db);
}

/** Forgets the folder; the files in it stay where they are. */
export function clearExchangeFolder(db: Database): ExchangeFolderSetting {
  removeSetting(db, settingKey);
  return { folder: null };
}
