import type { PackageReader } from './package-reader';
import { RichTextCollector } from './rich-text-collector';
import { XlsxError, xlsxMessages } from './xlsx-error';
import type { XmlEvents } from './xml-scanner';

class SharedStringsCollector implements XmlEvents {
  readonly strings: string[] = [];
  private readonly item = new RichTextCollector();
  private sawRoot = false;
  private inItem = false;

  open(name: string): void {
    if (!this.sawRoot) {
      if (name !== 'sst') throw new XlsxError('damaged', xlsxMessages.damaged);
      this.sawRoot = true;
    } else if (name === 'si') {
      this.inItem = true;
    } else if (this.inItem) {
      this.item.open(name);
    }
  }

  close(name: string): void {
    if (name === 'si') {
      this.strings.push(this.item.take());
      this.inItem = false;
    } else if (this.inItem) {
      this.item.close(name);
    }
  }

  text(value: string): void {
    if (this.inItem) this.item.text(value);
  }
}

/** The workbook's shared string table (`t="s"` cells hold an index into it). */
export function readSharedStrings(reader: PackageReader, partName: string): string[] {
  const collector = new SharedStringsCollector();
  reader.parse(partName, collector);
  return collector.strings;
}
