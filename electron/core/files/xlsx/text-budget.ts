import { maxCellTextLength } from './cell-reference';
import { truncateText } from './truncate-text';
import { XlsxError, xlsxMessages } from './xlsx-error';

/**
 * The text one read of a workbook may hold in memory. Characters are counted as they arrive, before
 * a string is complete, so a single enormous string is refused before it is assembled; what is kept
 * of a string stops at Excel's own cell limit, which no spreadsheet program exceeds.
 */
export class TextBudget {
  constructor(private remaining: number) {}

  spend(characters: number): void {
    this.remaining -= characters;
    if (this.remaining < 0) throw new XlsxError('too_large', xlsxMessages.textTooLarge);
  }

  /** A string whose characters were already spent, as kept. */
  kept(text: string): string {
    return truncateText(text, maxCellTextLength);
  }

  /** Spends a whole string at once (one that arrived in one piece) and gives it as kept. */
  keep(text: string): string {
    this.spend(text.length);
    return this.kept(text);
  }
}
