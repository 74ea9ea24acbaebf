import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './files/atomic-write';
import type { DataPaths } from './paths';

/**
 * The browser host's address for one data folder: its port and token, kept so that a bookmark keeps
 * working across restarts. The token is a secret (it is the only thing that keeps other local
 * programs and web pages off the API), so the file lives with the signing key in the owner-only
 * `keys/` folder and is itself owner-only. Delete it to get a fresh token.
 */
const HostAddress = z.object({ port: z.number().int().min(1).max(65535), token: z.string().regex(/^[A-Za-z0-9_-]{32,}$/) });
export type HostAddress = z.infer<typeof HostAddress>;

function addressFile(paths: DataPaths): string {
  return join(paths.keysDir, 'browser-host.json');
}

/** The address the host last used for this folder, or null (none yet, or a file that is not ours). */
export function rememberedHostAddress(paths: DataPaths): HostAddress | null {
  try {
    const parsed = HostAddress.safeParse(JSON.parse(readFileSync(addressFile(paths), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A fresh token, long and URL-safe. */
export function newHostToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Keeps the address for the next start; a folder that cannot be written only costs the bookmark. */
export function rememberHostAddress(paths: DataPaths, address: HostAddress): boolean {
  try {
    mkdirSync(paths.keysDir, { recursive: true, mode: 0o700 });
    writeFileAtomic(addressFile(paths), `${JSON.stringify(address)}\n`, 0o600);
    // The umask may have widened the mode the file was created with.
    chmodSync(addressFile(paths), 0o600);
    return true;
  } catch {
    return false;
  }
}
