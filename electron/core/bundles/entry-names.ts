import type { ZipEntry } from '../files/zip';

/**
 * What a bundle's entry may be called and be. Focal writes only plain files with short lower-case
 * ASCII paths; anything else in a received bundle is refused before a byte of it is read. Entry
 * names never become file names on disk, but a reader that trusted them would be one bug away from it.
 */

export type EntryFault = 'unsafe_entry_name' | 'symlink_entry' | 'encrypted_entry' | 'nested_archive' | 'unexpected_entry' | 'unsupported_compression';

const unixMadeBy = 3;
const fileTypeMask = 0o170000;
const symlinkType = 0o120000;
const encryptedFlag = 0x0001;
/** C0 and C1 controls, and the bidirectional marks and overrides that make a name read as another. */
function hasUnsafeCharacter(name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
  }
  return false;
}
const archiveExtensions = /\.(zip|focal|jar|gz|tgz|bz2|xz|7z|rar|tar|zst)$/i;

export function entryNameFault(name: string, validUtf8: boolean): EntryFault | null {
  if (!validUtf8 || name === '' || hasUnsafeCharacter(name) || name.includes('\\') || name.startsWith('/') || /^[a-z]:/i.test(name)) return 'unsafe_entry_name';
  if (name.split('/').some((segment) => segment === '..' || segment === '.' || segment === '')) {
    // A folder entry ("data/") ends in an empty segment: Focal writes none, so it is unexpected, not unsafe.
    return name.endsWith('/') && !name.slice(0, -1).split('/').some((s) => s === '..' || s === '.' || s === '') ? 'unexpected_entry' : 'unsafe_entry_name';
  }
  if (archiveExtensions.test(name)) return 'nested_archive';
  return null;
}

export function entryFault(entry: ZipEntry): EntryFault | null {
  const nameFault = entryNameFault(entry.name, entry.nameIsValidUtf8);
  if (nameFault) return nameFault;
  if (entry.versionMadeBy >>> 8 === unixMadeBy && ((entry.externalAttributes >>> 16) & fileTypeMask) === symlinkType) return 'symlink_entry';
  if (entry.flags & encryptedFlag) return 'encrypted_entry';
  if (entry.compression !== 0 && entry.compression !== 8) return 'unsupported_compression';
  return null;
}

/** Names two file systems or two readers could take for one: case-folded and Unicode-normalised. */
export function entryIdentity(name: string): string {
  return name.normalize('NFKC').toLowerCase().normalize('NFKC');
}

/** Zip and gzip signatures at the start of a file's content: an archive inside, whatever its name. */
export function looksLikeArchive(head: Uint8Array): boolean {
  return (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05)) || (head[0] === 0x1f && head[1] === 0x8b);
}
