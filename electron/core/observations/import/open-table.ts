import { CsvFormatError } from './csv-parser';
import { CsvTableSource } from './csv-table-source';
import type { ImportFile } from './import-files';
import type { TableSource } from './table-source';
import { XlsxTableSource } from './xlsx-table-source';
import { XlsxError } from '../../files/xlsx/index';
import { FocalError } from '../../errors';

/**
 * Opens an import file as records, turning a file that cannot be read into a plain error.
 * `maxRecords` says that no more records will be asked for (a preview): a workbook, which is read
 * whole otherwise, is then read no further than that.
 */
export function openTable(file: Pick<ImportFile, 'path' | 'format'>, sheet: string | null, maxRecords?: number): TableSource & { sheets: string[]; sheet: string | null } {
  try {
    if (file.format === 'xlsx') return new XlsxTableSource(file.path, sheet, maxRecords);
    return Object.assign(new CsvTableSource(file.path), { sheets: [], sheet: null });
  } catch (error) {
    if (error instanceof XlsxError) throw new FocalError(error.code === 'too_large' ? 'too_large' : 'unreadable_file', error.message);
    if (error instanceof CsvFormatError) throw new FocalError('unreadable_file', error.message);
    throw error;
  }
}
