import { CsvParser, CsvFormatError } from '../observations/import/csv-parser';
import { bundleLimits } from './bundle-limits';
import { BundleRejected } from './bundle-rejected';

/** Streams a file's bytes to `onChunk` (a bundle's `read`, or the check of a file handed to another thread). */
export type Read = (onChunk: (chunk: Uint8Array) => void) => void;

/** Feeds a CSV file's records, header first, to `onRecord`; a malformed file is a record that does not fit. */
export function readCsv(read: Read, header: readonly string[], name: string, onRecord: (fields: string[], line: number) => void): void {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let sawHeader = false;
  const parser = new CsvParser(
    ',',
    (fields, line) => {
      if (!sawHeader) {
        if (fields.join(',') !== header.join(',')) throw new BundleRejected('invalid_record', `${name}: the columns are not ${header.join(',')}`);
        sawHeader = true;
        return;
      }
      if (fields.length !== header.length) throw new BundleRejected('invalid_record', `${name} line ${line}: ${fields.length} fields, not ${header.length}`);
      onRecord(fields, line);
    },
    bundleLimits.maxCsvRecordBytes,
  );
  try {
    read((chunk) => parser.push(decoder.decode(chunk, { stream: true })));
    parser.push(decoder.decode());
    parser.end();
  } catch (error) {
    if (error instanceof BundleRejected) throw error;
    if (error instanceof CsvFormatError) throw new BundleRejected('invalid_record', `${name}: ${error.message}`);
    if (error instanceof TypeError) throw new BundleRejected('invalid_record', `${name}: not UTF-8`);
    throw error;
  }
  if (!sawHeader) throw new BundleRejected('invalid_record', `${name}: no header`);
}

/**
 * A count or a time as the bundle writes it: 1 to 16 digits, a safe integer. Read digit by digit:
 * two of these on each of a million figures, where a regular expression and `Number` took a third
 * of a second (docs/benchmarks.md).
 */
export function wholeNumber(text: string, what: string, line: number): number {
  let value = 0;
  const digits = text.length;
  for (let i = 0; i < digits && digits <= 16; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
    if (i === digits - 1 && Number.isSafeInteger(value)) return value;
  }
  throw new BundleRejected('invalid_record', `observations line ${line}: ${what} is not a whole number`);
}
