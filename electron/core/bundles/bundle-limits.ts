/**
 * The documented limits of a received bundle (docs/bundle-format.md). Focal's own bundles stay far
 * inside them: a million figures make a bundle of about 15 MB that unpacks to about 90 MB.
 */
export interface BundleLimits {
  /** The .focal file itself. */
  maxFileBytes: number;
  /** Entries of the archive: Focal writes at most a dozen. */
  maxEntries: number;
  /** Bytes all entries together may unpack to. */
  maxUncompressedBytes: number;
  /** Unpacked over packed size of one entry, past a floor of 1 MB. */
  maxRatio: number;
  /** `manifest.json`, and the depth of any JSON in the bundle. */
  maxManifestBytes: number;
  maxJsonDepth: number;
  /** One line of a CSV table, and one record of an NDJSON file. */
  maxCsvRecordBytes: number;
  maxRecordBytes: number;
  /** Records of one file. */
  maxRecords: number;
}

const megabyte = 1024 * 1024;

export const bundleLimits: BundleLimits = {
  maxFileBytes: 100 * megabyte,
  maxEntries: 64,
  maxUncompressedBytes: 1024 * megabyte,
  maxRatio: 100,
  maxManifestBytes: 256 * 1024,
  maxJsonDepth: 32,
  maxCsvRecordBytes: 64 * 1024,
  maxRecordBytes: 4 * megabyte,
  maxRecords: 20_000_000,
};
