import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * A bundle's entries as an independent zip reader (fflate's, not Focal's) sees them, and a way to
 * pack changed entries back into a well-formed zip: so a test can change what a bundle says while
 * its archive stays valid, and reach the signature and hash checks behind the archive checks.
 */
export function bundleEntries(file: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(file));
}

export function entryText(entries: Record<string, Uint8Array>, path: string): string {
  const bytes = entries[path];
  if (!bytes) throw new Error(`no entry ${path} in the bundle`);
  return strFromU8(bytes);
}

export function repack(entries: Record<string, Uint8Array | string>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(entries)) zippable[name] = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return zipSync(zippable, { level: 6 });
}
