/**
 * Why the bytes of a zip could not be read. The zip reader is shared by the XLSX reader and the
 * bundle reader; each turns these codes into its own words for the user (a workbook is "damaged",
 * a bundle names the exact fault), so the message here is for logs and developers only.
 */
export type ZipErrorCode =
  /** The directory's structure contradicts itself or the file: offsets, signatures, lengths. */
  | 'damaged'
  /** More entries than the caller allows. */
  | 'too_many_entries'
  /** An entry, or all of them together, inflate to more bytes than the caller allows. */
  | 'too_large'
  /** An entry inflates to more than its compressed size times the caller's ratio (a zip bomb). */
  | 'ratio'
  | 'encrypted'
  /** A compression method other than stored or deflate. */
  | 'unsupported_compression'
  /** An entry inflated to another size than its header declares. */
  | 'size_mismatch'
  | 'crc_mismatch';

export class ZipError extends Error {
  constructor(
    readonly code: ZipErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}
