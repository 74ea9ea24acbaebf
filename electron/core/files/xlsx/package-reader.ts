import { StopParsing } from './stop-parsing';
import { XlsxError, xlsxMessages } from './xlsx-error';
import type { XlsxLimits } from './xlsx-limits';
import { XmlPartDecoder } from './xml-part-decoder';
import { type XmlEvents, XmlScanner } from './xml-scanner';
import { readZipDirectory, streamZipEntry, ZipError, type InflateBudget, type ZipEntry } from '../zip';

/** Old .xls files and password-protected .xlsx files are both OLE compound documents. */
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isCompoundFile(bytes: Uint8Array): boolean {
  return compoundFileSignature.every((value, i) => bytes[i] === value);
}

function startsWithZipHeader(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Part names are case-insensitive in a package, and some tools write Windows separators. */
function normalisePartName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/** The zip's files by normalised part name; two parts with one name would let different readers see different content. */
function partsByName(entries: readonly ZipEntry[]): Map<string, ZipEntry> {
  const parts = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const key = normalisePartName(entry.name);
    if (parts.has(key)) throw new XlsxError('damaged', xlsxMessages.damaged);
    parts.set(key, entry);
  }
  return parts;
}

/** The zip reader's faults in a workbook's words. */
function asXlsxError(error: unknown): unknown {
  if (!(error instanceof ZipError)) return error;
  switch (error.code) {
    case 'encrypted':
      return new XlsxError('encrypted', xlsxMessages.encrypted);
    case 'too_large':
    case 'ratio':
    case 'too_many_entries':
      return new XlsxError('too_large', xlsxMessages.contentTooLarge);
    default:
      return new XlsxError('damaged', xlsxMessages.damaged);
  }
}

/** The parts of an Open Packaging Conventions zip, read as XML within the limits of one import. */
export class PackageReader {
  private readonly entries: Map<string, ZipEntry>;
  private readonly budget: InflateBudget;

  constructor(
    private readonly bytes: Uint8Array,
    limits: XlsxLimits,
  ) {
    if (bytes.length > limits.maxFileBytes) throw new XlsxError('too_large', xlsxMessages.fileTooLarge);
    if (isCompoundFile(bytes)) throw new XlsxError('encrypted', xlsxMessages.encrypted);
    let entries: ZipEntry[] | null;
    try {
      entries = readZipDirectory(bytes);
    } catch (error) {
      throw asXlsxError(error);
    }
    if (entries === null) {
      // Starts like a zip but its directory (stored at the end) is gone: most likely a cut-off download or copy.
      if (startsWithZipHeader(bytes)) throw new XlsxError('damaged', xlsxMessages.damaged);
      throw new XlsxError('not_xlsx', xlsxMessages.notXlsx);
    }
    this.entries = partsByName(entries);
    this.budget = { remainingBytes: limits.maxUncompressedBytes, maxRatio: limits.maxRatio };
  }

  has(partName: string): boolean {
    return this.entries.has(normalisePartName(partName));
  }

  /**
   * Feeds a part to `events`; a part the package refers to but lacks is damage. `events` may throw
   * StopParsing once it has what it needs: the rest of the part is not inflated (nor checked).
   */
  parse(partName: string, events: XmlEvents): void {
    const entry = this.entries.get(normalisePartName(partName));
    if (entry === undefined) throw new XlsxError('damaged', xlsxMessages.damaged);
    const scanner = new XmlScanner(events);
    const decoder = new XmlPartDecoder();
    try {
      streamZipEntry(this.bytes, entry, this.budget, (chunk) => scanner.write(decoder.decode(chunk)));
      scanner.write(decoder.finish());
      scanner.end();
    } catch (error) {
      if (error instanceof StopParsing) return;
      throw asXlsxError(error);
    }
  }
}
