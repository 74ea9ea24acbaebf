import { createHash, type Hash } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import type { ManifestFile } from '../../../shared/bundle/bundle-manifest';

/** DOS time starts in 1980: a fixed time, so nothing in the container depends on when it was made. */
const fixedModificationTime = new Date(1980, 0, 1, 0, 0, 0);
/**
 * zlib's fastest level, as `zip -1`: at a million figures it deflated in 0.26 s against 1.17 s at
 * level 6, for a bundle of 7.5 MB against 6.2 MB (docs/benchmarks.md). A bundle is sent once; the
 * export is waited for.
 */
const compressionLevel = 1;
/**
 * Text is encoded and deflated in pieces of this many bytes (less when the next character does not
 * fit), cut by content alone. Each piece is deflated on its own (no back-reference reaches into the
 * one before): a megabyte costs about 3 % in size against one stream, 64 KB pieces about 50 %.
 */
const pieceBytes = 1 << 20;

/**
 * One entry of the zip, deflated by Node's zlib and handed to fflate's container, which writes the
 * headers, data descriptor and central directory. fflate's own deflate took six times as long
 * (940 ms against 149 ms for 21 MB of figures; docs/benchmarks.md). Each piece ends on a sync
 * flush, the last on a finish: together one valid deflate stream, as pigz writes it.
 */
class NativeDeflateEntry implements ZipInputFile {
  readonly compression = 8;
  size = 0;
  crc = 0;
  ondata?: AsyncFlateStreamHandler;

  constructor(
    readonly filename: string,
    readonly mtime: Date,
  ) {}

  push(bytes: Uint8Array, final: boolean): void {
    this.size += bytes.length;
    this.crc = crc32(bytes, this.crc);
    const deflated = deflateRawSync(bytes, { level: compressionLevel, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    this.ondata?.(null, deflated, final);
  }
}

const encoder = new TextEncoder();

/** One file being written into the bundle: its bytes are hashed, counted and deflated as they come. */
export class BundleEntryWriter {
  private readonly hash: Hash = createHash('sha256');
  private size = 0;
  private records = 0;
  /**
   * Text is encoded straight into this one piece, reused for the whole entry: no joined string
   * and no fresh megabyte per piece for the collector to find later.
   */
  private readonly piece: Uint8Array;
  private used = 0;

  constructor(
    readonly path: string,
    /** null: the entry is only counted (a preview), never encoded or written. */
    private readonly entry: NativeDeflateEntry | null,
  ) {
    this.piece = new Uint8Array(entry ? pieceBytes : 0);
  }

  /** Appends text (UTF-8); `records` says how many data records it completes. */
  write(text: string, records = 0): void {
    this.records += records;
    if (!this.entry) return;
    let rest = text;
    for (;;) {
      // encodeInto never cuts a character in two: what does not fit goes into the next piece.
      const { read, written } = encoder.encodeInto(rest, this.piece.subarray(this.used));
      this.used += written;
      if (read === rest.length) break;
      this.flush(false);
      rest = rest.slice(read);
    }
  }

  private flush(final: boolean): void {
    const bytes = this.piece.subarray(0, this.used);
    this.used = 0;
    this.hash.update(bytes);
    this.size += bytes.length;
    this.entry?.push(bytes, final);
  }

  /** Ends the file and says what the manifest records of it. */
  end(): ManifestFile {
    if (this.entry) this.flush(true);
    return { path: this.path, size: this.size, sha256: this.hash.digest('hex'), records: this.records };
  }
}

/**
 * Writes a bundle's zip as it goes, one file after another, handing the compressed bytes to `output`:
 * a million-row table never exists whole in memory. Entries carry their sizes in data descriptors.
 */
export class BundleZipWriter {
  private readonly zip: Zip | null;
  private failure: Error | null = null;

  /** `output` null: a writer that only counts what each file would hold (a preview). */
  constructor(output: ((chunk: Uint8Array) => void) | null) {
    this.zip =
      output === null
        ? null
        : new Zip((error, chunk) => {
            if (error) this.failure = error;
            else output(chunk);
          });
  }

  file(path: string): BundleEntryWriter {
    this.check();
    if (!this.zip) return new BundleEntryWriter(path, null);
    const entry = new NativeDeflateEntry(path, fixedModificationTime);
    this.zip.add(entry);
    return new BundleEntryWriter(path, entry);
  }

  finish(): void {
    this.zip?.end();
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
