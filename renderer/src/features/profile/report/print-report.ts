import type { ApiClient } from '../../../../../shared/api/client';
import type { ApiError } from '../../../../../shared/api/result';
import { isDesktop } from '../../../api/transport';

export type PrintOutcome = { kind: 'printed' } | { kind: 'saved'; file: string } | { kind: 'cancelled' } | { kind: 'failed'; error: ApiError };

/**
 * Prints the report the way the host can: the desktop app saves a PDF itself (Electron prints the
 * window in its main process); a browser opens its print dialog, where "Save as PDF" is one of the
 * printers. Either way the print stylesheet lays the page out.
 */
export async function printReport(api: ApiClient, suggestedName: string): Promise<PrintOutcome> {
  if (isDesktop()) {
    const answer = await api.call('report.savePdf', { suggestedName });
    if (!answer.ok) return { kind: 'failed', error: answer.error };
    return answer.value.saved && answer.value.file !== null ? { kind: 'saved', file: answer.value.file } : { kind: 'cancelled' };
  }
  // The browser offers the page title as the PDF's file name.
  const title = document.title;
  document.title = suggestedName.replace(/\.pdf$/i, '');
  try {
    window.print();
  } finally {
    document.title = title;
  }
  return { kind: 'printed' };
}
