import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive } from '../process-liveness';

/**
 * Who has a data folder open. SQLite itself copes with several processes, but two things do not:
 * two running apps (browser host, desktop) on one folder, and a restore that swaps the file under
 * another process's feet. Each open store leaves a small file named after its process; files of
 * processes that are gone (a crash) are ignored and swept.
 */
export interface Holder {
  pid: number;
  exclusive: boolean;
  file: string;
}

export function liveHolders(dir: string): Holder[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const holders: Holder[] = [];
  for (const name of names) {
    const match = /^(\d+)-[0-9a-f]+\.holder$/.exec(name);
    if (!match?.[1]) continue;
    const file = join(dir, name);
    const pid = Number(match[1]);
    if (!isProcessAlive(pid)) {
      rmSync(file, { force: true });
      continue;
    }
    let exclusive: boolean;
    try {
      exclusive = readFileSync(file, 'utf8').trim() === 'exclusive';
    } catch {
      continue;
    }
    holders.push({ pid, exclusive, file });
  }
  return holders;
}

/** Registers this process; the returned file is removed when the store closes. */
export function registerHolder(dir: string, exclusive: boolean): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `${process.pid}-${randomBytes(4).toString('hex')}.holder`);
  writeFileSync(file, exclusive ? 'exclusive' : 'shared');
  return file;
}
