import type { PackageReader } from './package-reader';
import { hasRelationshipType, readRelationships } from './relationships';
import { XlsxError, xlsxMessages } from './xlsx-error';
import type { XmlEvents } from './xml-scanner';

export interface WorksheetLocation {
  name: string;
  partName: string;
}

/** What the reader needs from a workbook: its worksheets in tab order and where shared strings are. */
export interface WorkbookStructure {
  worksheets: WorksheetLocation[];
  sharedStringsPartName: string | null;
}

const conventionalWorkbookPart = 'xl/workbook.xml';

interface SheetEntry {
  name: string;
  relationshipId: string;
}

/** The relationship id is an `r:id` attribute, whatever prefix the writer bound to that namespace. */
function relationshipIdOf(attributes: ReadonlyMap<string, string>): string | undefined {
  for (const [key, value] of attributes) if (key.endsWith(':id')) return value;
  return undefined;
}

class SheetListCollector implements XmlEvents {
  readonly sheets: SheetEntry[] = [];
  private sawRoot = false;
  private inSheets = false;

  open(name: string, attributes: ReadonlyMap<string, string>): void {
    if (!this.sawRoot) {
      // A .docx or .pptx also has an office document part, just not a workbook.
      if (name !== 'workbook') throw new XlsxError('not_xlsx', xlsxMessages.notXlsx);
      this.sawRoot = true;
    } else if (name === 'sheets') {
      this.inSheets = true;
    } else if (this.inSheets && name === 'sheet') {
      const sheetName = attributes.get('name');
      const relationshipId = relationshipIdOf(attributes);
      if (sheetName === undefined || relationshipId === undefined) throw new XlsxError('damaged', xlsxMessages.damaged);
      this.sheets.push({ name: sheetName, relationshipId });
    }
  }

  close(name: string): void {
    if (name === 'sheets') this.inSheets = false;
  }

  text(): void {}
}

function workbookPartName(reader: PackageReader): string {
  const officeDocument = readRelationships(reader, '').find((r) => hasRelationshipType(r, 'officeDocument'));
  const partName = officeDocument?.partName ?? conventionalWorkbookPart;
  // .xlsb keeps a binary workbook behind the same relationship.
  if (!partName.toLowerCase().endsWith('.xml') || !reader.has(partName)) throw new XlsxError('not_xlsx', xlsxMessages.notXlsx);
  return partName;
}

/**
 * Sheets come from the workbook (whose order is the tab order, unlike file names) and are resolved
 * through its relationships; chart sheets and other non-grid sheets are left out.
 */
export function readWorkbookStructure(reader: PackageReader): WorkbookStructure {
  const workbook = workbookPartName(reader);
  const collector = new SheetListCollector();
  reader.parse(workbook, collector);
  const relationships = readRelationships(reader, workbook);
  const worksheets: WorksheetLocation[] = [];
  for (const sheet of collector.sheets) {
    const relationship = relationships.find((r) => r.id === sheet.relationshipId);
    if (relationship === undefined) throw new XlsxError('damaged', xlsxMessages.damaged);
    if (hasRelationshipType(relationship, 'worksheet')) worksheets.push({ name: sheet.name, partName: relationship.partName });
  }
  const sharedStrings = relationships.find((r) => hasRelationshipType(r, 'sharedStrings'));
  return { worksheets, sharedStringsPartName: sharedStrings?.partName ?? null };
}
