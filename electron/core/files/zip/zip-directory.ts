import { ZipError } from './zip-error';

/** One file of a zip as its central directory describes it; sizes are claims until inflated. */
export interface ZipEntry {
  /** The name as stored, decoded as UTF-8 (invalid sequences become U+FFFD: see `nameIsValidUtf8`). */
  name: string;
  nameIsValidUtf8: boolean;
  flags: number;
  /** The high byte says which system wrote the entry (3: Unix, whose file mode sits in `externalAttributes`). */
  versionMadeBy: number;
  externalAttributes: number;
  compression: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const endOfDirectorySignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EndSignature = 0x06064b50;
const directoryEntrySignature = 0x02014b50;
const zip64ExtraId = 0x0001;
const maxCommentLength = 0xffff;
const endOfDirectoryLength = 22;

function damaged(detail: string): ZipError {
  return new ZipError('damaged', `damaged zip: ${detail}`);
}

/** Bounds-checked little-endian reads: a lying offset is damage, never an out-of-range crash. */
class ByteReader {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private check(at: number, length: number): void {
    if (!Number.isSafeInteger(at) || at < 0 || at + length > this.bytes.length) throw damaged('an offset or length points outside the file');
  }

  u16(at: number): number {
    this.check(at, 2);
    return this.view.getUint16(at, true);
  }

  u32(at: number): number {
    this.check(at, 4);
    return this.view.getUint32(at, true);
  }

  u64(at: number): number {
    const value = this.u32(at) + this.u32(at + 4) * 0x1_0000_0000;
    if (!Number.isSafeInteger(value)) throw damaged('a 64-bit size beyond what can be read');
    return value;
  }

  slice(at: number, length: number): Uint8Array {
    this.check(at, length);
    return this.bytes.subarray(at, at + length);
  }
}

function findEndOfDirectory(reader: ByteReader): number {
  const length = reader.bytes.length;
  const lowest = Math.max(0, length - endOfDirectoryLength - maxCommentLength);
  for (let at = length - endOfDirectoryLength; at >= lowest; at -= 1) {
    if (reader.u32(at) === endOfDirectorySignature) return at;
  }
  return -1;
}

interface DirectoryLocation {
  count: number;
  offset: number;
}

function locateDirectory(reader: ByteReader, end: number): DirectoryLocation {
  const count = reader.u16(end + 10);
  const offset = reader.u32(end + 16);
  if (count !== 0xffff && offset !== 0xffffffff) return { count, offset };
  const locator = end - 20;
  if (locator < 0 || reader.u32(locator) !== zip64LocatorSignature) return { count, offset };
  const zip64End = reader.u64(locator + 8);
  if (reader.u32(zip64End) !== zip64EndSignature) throw damaged('no zip64 end of directory where its locator points');
  return { count: reader.u64(zip64End + 32), offset: reader.u64(zip64End + 48) };
}

/** Zip64 keeps the real value in an extra field for each header value saturated at 0xFFFFFFFF. */
function applyZip64Extra(reader: ByteReader, extraStart: number, extraLength: number, entry: ZipEntry): void {
  let at = extraStart;
  const extraEnd = extraStart + extraLength;
  while (at + 4 <= extraEnd) {
    const id = reader.u16(at);
    const size = reader.u16(at + 2);
    if (id === zip64ExtraId) {
      let field = at + 4;
      const take = (): number => {
        if (field + 8 > at + 4 + size) throw damaged('a zip64 extra field shorter than its header needs');
        const value = reader.u64(field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    at += 4 + size;
  }
}

const nameDecoder = new TextDecoder('utf-8');
const strictNameDecoder = new TextDecoder('utf-8', { fatal: true });

function decodeName(bytes: Uint8Array): { name: string; valid: boolean } {
  try {
    return { name: strictNameDecoder.decode(bytes), valid: true };
  } catch {
    return { name: nameDecoder.decode(bytes), valid: false };
  }
}

/**
 * Every entry of a zip's central directory, folders included, in the order stored; null when the
 * bytes are not a zip at all. Names are not judged here: what a safe or a duplicate name is depends
 * on the reader (a workbook's parts, a bundle's files). More than `maxEntries` entries is refused
 * before any is read.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries = Number.MAX_SAFE_INTEGER): ZipEntry[] | null {
  if (bytes.length < endOfDirectoryLength) return null;
  const reader = new ByteReader(bytes);
  const end = findEndOfDirectory(reader);
  if (end === -1) return null;
  const { count, offset } = locateDirectory(reader, end);
  if (count > maxEntries) throw new ZipError('too_many_entries', `the zip holds ${count} entries, more than ${maxEntries}`);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (reader.u32(at) !== directoryEntrySignature) throw damaged('a directory entry without its signature');
    const nameLength = reader.u16(at + 28);
    const extraLength = reader.u16(at + 30);
    const commentLength = reader.u16(at + 32);
    const { name, valid } = decodeName(reader.slice(at + 46, nameLength));
    const entry: ZipEntry = {
      name,
      nameIsValidUtf8: valid,
      versionMadeBy: reader.u16(at + 4),
      flags: reader.u16(at + 8),
      compression: reader.u16(at + 10),
      crc32: reader.u32(at + 16),
      compressedSize: reader.u32(at + 20),
      uncompressedSize: reader.u32(at + 24),
      externalAttributes: reader.u32(at + 38),
      localHeaderOffset: reader.u32(at + 42),
    };
    applyZip64Extra(reader, at + 46 + nameLength, extraLength, entry);
    at += 46 + nameLength + extraLength + commentLength;
    entries.push(entry);
  }
  return entries;
}
