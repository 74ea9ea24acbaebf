import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { PrintToPDFOptions, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { methodSchemas } from '../../shared/api/contract';
import { fail, ok, type Result } from '../../shared/api/result';
import type { SavePdfAnswer } from '../../shared/domain/narrative';

/**
 * `report.savePdf` in the desktop app: the main process owns the window, so it prints the page the
 * user is looking at (the report, laid out by its print stylesheet) with Chromium's own PDF printer
 * and writes it where the user chose. The core cannot do this and refuses the method elsewhere.
 */

/** What saving needs of Electron: the printing window's contents and the save dialog. */
export interface PdfPrinting {
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

/** Electron's pieces where they may be missing (the fakes of other tests leave them out). */
export interface MaybePrintable {
  printToPDF?: PdfPrinting['printToPDF'];
}
export interface MaybeSaveDialog {
  showSaveDialog?: PdfPrinting['showSaveDialog'];
}

/** The printing pair, or null when this Electron (or fake) offers no way to print or to ask for a file. */
export function pdfPrintingOf(contents: MaybePrintable, dialog: MaybeSaveDialog): PdfPrinting | null {
  const printToPDF = contents.printToPDF?.bind(contents);
  const showSaveDialog = dialog.showSaveDialog?.bind(dialog);
  return printToPDF && showSaveDialog ? { printToPDF, showSaveDialog } : null;
}

/**
 * Chromium's page setup for the report; the margins come from the print stylesheet's @page rule. The
 * outline turns the headings into bookmarks (one per section) and tags make the PDF readable by
 * assistive technology; the end-to-end test prints with the same options.
 */
export const reportPdfOptions: PrintToPDFOptions = { printBackground: true, pageSize: 'A4', generateDocumentOutline: true, generateTaggedPDF: true };

/** A plain file name from the renderer's suggestion: no folders, no control characters, ending in .pdf. */
export function safePdfName(suggested: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
  const plain = basename(suggested.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim();
  const name = plain === '' || plain === '.' || plain === '..' ? 'report' : plain;
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

/** Temp file in the same folder, flushed, then renamed: a crash never leaves half a PDF under the chosen name. */
export function writeFileAtomically(file: string, bytes: Uint8Array): void {
  const temp = join(dirname(file), `.${basename(file)}.focal-tmp-${randomBytes(6).toString('hex')}`);
  const fd = openSync(temp, 'wx', 0o644);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, file);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Already closed before the rename failed.
    }
    rmSync(temp, { force: true });
    throw error;
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Asks where to save, prints, writes. Always answers a Result: nothing thrown crosses IPC. */
export async function saveReportPdf(input: unknown, printing: PdfPrinting): Promise<Result<SavePdfAnswer>> {
  const schemas = methodSchemas['report.savePdf'];
  const parsed = schemas.input.safeParse(input ?? {});
  if (!parsed.success) return fail('invalid_input', `The request to report.savePdf is not valid: ${parsed.error.issues.map((i) => i.message).join('; ')}`);

  let choice: SaveDialogReturnValue;
  try {
    choice = await printing.showSaveDialog({
      defaultPath: safePdfName(parsed.data.suggestedName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  } catch (error) {
    return fail('internal', `The save dialog could not be shown: ${messageOf(error)}`);
  }
  const file = choice.filePath;
  if (choice.canceled || file === undefined || file === '') return ok({ saved: false, file: null });

  let pdf: Uint8Array;
  try {
    pdf = await printing.printToPDF(reportPdfOptions);
  } catch (error) {
    return fail('internal', `The report could not be printed to PDF: ${messageOf(error)}`);
  }
  try {
    writeFileAtomically(file, pdf);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOSPC') return fail('storage_full', `The disk is full, so ${file} was not saved. Free some space and try again.`);
    return fail('storage_error', `The PDF could not be written to ${file}${code ? ` (${code})` : ''}. Choose another folder and try again.`);
  }
  return ok(schemas.output.parse({ saved: true, file }));
}
