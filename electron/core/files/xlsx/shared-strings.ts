import type { PackageReader } from './package-reader';
import { RichTextCollector } from './rich-text-collector';
import { StopParsing } from './stop-parsing';
import type { TextBudget } from './text-budget';
import { XlsxError, xlsxMessages } from './xlsx-error';
import type { XmlEvents } from './xml-scanner';

/** Which entries to keep: all of them, or only those some cells use (a preview of the first rows). */
export type WantedStrings = 'all' | ReadonlySet<number>;

class SharedStringsCollector implements XmlEvents {
  /** Sparse when only some entries are wanted. */
  readonly strings: string[] = [];
  private readonly item: RichTextCollector;
  private readonly lastWanted: number;
  private sawRoot = false;
  private inItem = false;
  private index = 0;

  constructor(
    budget: TextBudget,
    private readonly maxEntries: number,
    private readonly wanted: WantedStrings,
  ) {
    this.item = new RichTextCollector(budget);
    let last = -1;
    if (wanted !== 'all') for (const index of wanted) last = Math.max(last, index);
    this.lastWanted = wanted === 'all' ? Number.POSITIVE_INFINITY : last;
  }

  open(name: string): void {
    if (!this.sawRoot) {
      if (name !== 'sst') throw new XlsxError('damaged', xlsxMessages.damaged);
      this.sawRoot = true;
      if (this.lastWanted < 0) throw new StopParsing();
    } else if (name === 'si') {
      if (this.index >= this.maxEntries) throw new XlsxError('too_large', xlsxMessages.textTooLarge);
      this.inItem = true;
    } else if (this.inItem && this.isWanted()) {
      this.item.open(name);
    }
  }

  close(name: string): void {
    if (name === 'si') {
      if (this.isWanted()) this.strings[this.index] = this.item.take();
      this.inItem = false;
      this.index += 1;
      if (this.index > this.lastWanted) throw new StopParsing();
    } else if (this.inItem && this.isWanted()) {
      this.item.close(name);
    }
  }

  text(value: string): void {
    if (this.inItem && this.isWanted()) this.item.text(value);
  }

  private isWanted(): boolean {
    return this.wanted === 'all' || this.wanted.has(this.index);
  }
}

/**
 * The workbook's shared string table (`t="s"` cells hold an index into it). Every entry kept spends
 * its characters from `budget`, and the table may hold at most `maxEntries` entries.
 */
export function readSharedStrings(reader: PackageReader, partName: string, budget: TextBudget, maxEntries: number, wanted: WantedStrings = 'all'): string[] {
  const collector = new SharedStringsCollector(budget, maxEntries, wanted);
  reader.parse(partName, collector);
  return collector.strings;
}
