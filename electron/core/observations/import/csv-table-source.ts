import { closeSync, readSync } from 'node:fs';
import type { TextDecoder } from 'node:util';
import { restoreNeutralisedCells } from '../export/spreadsheet-text';
import { CsvFormatError, CsvParser, detectDelimiter } from './csv-parser';
import { openImportFile } from './import-file-access';
import type { RecordVisitor, TableSource } from './table-source';
import { chooseDecoder } from './text-decoding';

const chunkBytes = 1 << 20;

/**
 * A CSV file read in 1 MB pieces, so memory stays flat whatever the file's size. The encoding and
 * the delimiter are chosen from the first piece.
 */
export class CsvTableSource implements TableSource {
  readonly format = 'csv';
  readonly total: number;
  done = 0;

  constructor(private readonly path: string) {
    const { fd, size } = openImportFile(path);
    closeSync(fd);
    this.total = size;
  }

  forEachRecord(visit: RecordVisitor): void {
    // Checked again on every opening: the name may have been given to a FIFO or a huge file since.
    const { fd } = openImportFile(this.path);
    const buffer = Buffer.allocUnsafe(chunkBytes);
    let stopped = false;
    let parser: CsvParser | null = null;
    let decoder: TextDecoder | null = null;
    // Text an exporter guarded against formulas ('=1+1) comes back as it was before (=1+1).
    const onRecord = (fields: string[], line: number) => {
      if (!stopped && visit(restoreNeutralisedCells(fields), line) === 'stop') stopped = true;
    };
    try {
      for (;;) {
        const read = readSync(fd, buffer, 0, chunkBytes, null);
        if (read === 0) break;
        this.done += read;
        const bytes = buffer.subarray(0, read);
        if (!decoder) decoder = chooseDecoder(bytes).decoder;
        const text = decode(decoder, bytes, parser);
        parser ??= new CsvParser(detectDelimiter(text.slice(0, 65_536)), onRecord);
        parser.push(text);
        if (stopped) return;
      }
      if (decoder && parser) {
        parser.push(decode(decoder, undefined, parser));
        parser.end();
      }
    } finally {
      closeSync(fd);
    }
  }
}

function decode(decoder: TextDecoder, bytes: Uint8Array | undefined, parser: CsvParser | null): string {
  try {
    return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
  } catch {
    const line = parser?.currentLine ?? 1;
    throw new CsvFormatError(
      line,
      'encoding',
      `The file is UTF-8 at first but not after about line ${line}. Save it as "CSV UTF-8" and import it again.`,
    );
  }
}
