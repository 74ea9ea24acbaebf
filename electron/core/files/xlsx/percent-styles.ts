import type { PackageReader } from './package-reader';
import type { XmlEvents } from './xml-scanner';

/** Excel's built-in percentage formats (0% and 0.00%). */
const builtInPercent = new Set([9, 10]);

/** Whether a number format shows a percentage: a % outside quoted text and escapes. */
function formatShowsPercent(code: string): boolean {
  return code.replace(/"[^"]*"/g, '').replace(/\\./g, '').includes('%');
}

class PercentStylesCollector implements XmlEvents {
  private readonly percentFormats = new Set(builtInPercent);
  private inCellFormats = false;
  private position = 0;
  readonly percentStyles = new Set<number>();

  open(name: string, attributes: ReadonlyMap<string, string>): void {
    if (name === 'numFmt') {
      const id = Number(attributes.get('numFmtId'));
      if (Number.isInteger(id) && formatShowsPercent(attributes.get('formatCode') ?? '')) this.percentFormats.add(id);
    } else if (name === 'cellXfs') {
      this.inCellFormats = true;
    } else if (name === 'xf' && this.inCellFormats) {
      // numFmts come before cellXfs in styles.xml, so the custom formats are known by now.
      if (this.percentFormats.has(Number(attributes.get('numFmtId') ?? '0'))) this.percentStyles.add(this.position);
      this.position += 1;
    }
  }

  close(name: string): void {
    if (name === 'cellXfs') this.inCellFormats = false;
  }

  text(): void {
    // Styles carry no text that matters here.
  }
}

/**
 * The cell styles (`s` attribute) that show a number as a percentage: a cell showing 45.5 % holds
 * 0.455. An import wants what the user sees, so those numbers are read times 100.
 */
export function readPercentStyles(reader: PackageReader, partName: string): ReadonlySet<number> {
  if (!reader.has(partName)) return new Set();
  const collector = new PercentStylesCollector();
  reader.parse(partName, collector);
  return collector.percentStyles;
}
