/** Why a spreadsheet could not be read; callers translate the code, the message is a readable fallback. */
export type XlsxErrorCode = 'not_xlsx' | 'too_large' | 'damaged' | 'encrypted';

/** The only error the reader lets out for bad input, so callers can show it instead of crashing. */
export class XlsxError extends Error {
  constructor(
    readonly code: XlsxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'XlsxError';
  }
}

export const xlsxMessages = {
  notXlsx: 'This file is not an Excel workbook (.xlsx).',
  encrypted: 'This workbook is password-protected or in the old .xls format. Open it in Excel, save it as an unprotected .xlsx workbook and try again.',
  fileTooLarge: 'This file is too large to import. Split it into smaller workbooks and try again.',
  contentTooLarge: 'This workbook holds more data than can be imported at once. Split it into smaller workbooks and try again.',
  textTooLarge: 'This workbook holds more text than can be imported at once. Split it into smaller workbooks, or remove the sheets that are not imported, and try again.',
  tooManyCells: 'This sheet has too many cells to import. Split it into smaller sheets and try again.',
  damaged: 'This workbook is damaged and cannot be read. Open it in Excel, save it again and retry.',
  tableTooLarge: 'This table has more rows or columns than a spreadsheet can hold.',
  noWorksheet: 'This workbook has no sheet with data.',
} as const;

export function missingSheetMessage(name: string): string {
  return `This workbook has no sheet named "${name}".`;
}
