import { XlsxError, xlsxMessages } from './xlsx-error';

/** One file of a zip as its central directory describes it; sizes are claims until inflated. */
export interface ZipEntry {
  name: string;
  flags: number;
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

function damaged(): XlsxError {
  return new XlsxError('damaged', xlsxMessages.damaged);
}

/** Bounds-checked little-endian reads: a lying offset is damage, never an out-of-range crash. */
class ByteReader {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private check(at: number, length: number): void {
    if (!Number.isSafeInteger(at) || at < 0 || at + length > this.bytes.length) throw damaged();
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
    if (!Number.isSafeInteger(value)) throw damaged();
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
  if (reader.u32(zip64End) !== zip64EndSignature) throw damaged();
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
        if (field + 8 > at + 4 + size) throw damaged();
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

/** Part names are case-insensitive in a package, and some tools write Windows separators. */
export function normalisePartName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/** The entries of a zip, keyed by normalised part name; null when the bytes are not a zip at all. */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> | null {
  if (bytes.length < endOfDirectoryLength) return null;
  const reader = new ByteReader(bytes);
  const end = findEndOfDirectory(reader);
  if (end === -1) return null;
  const { count, offset } = locateDirectory(reader, end);
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (reader.u32(at) !== directoryEntrySignature) throw damaged();
    const nameLength = reader.u16(at + 28);
    const extraLength = reader.u16(at + 30);
    const commentLength = reader.u16(at + 32);
    const entry: ZipEntry = {
      name: nameDecoder.decode(reader.slice(at + 46, nameLength)),
      flags: reader.u16(at + 8),
      compression: reader.u16(at + 10),
      crc32: reader.u32(at + 16),
      compressedSize: reader.u32(at + 20),
      uncompressedSize: reader.u32(at + 24),
      localHeaderOffset: reader.u32(at + 42),
    };
    applyZip64Extra(reader, at + 46 + nameLength, extraLength, entry);
    at += 46 + nameLength + extraLength + commentLength;
    if (entry.name.endsWith('/')) continue;
    const key = normalisePartName(entry.name);
    // Two parts with one name would let different readers see different content.
    if (entries.has(key)) throw damaged();
    entries.set(key, entry);
  }
  return entries;
}
