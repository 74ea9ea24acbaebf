import { XlsxError, xlsxMessages } from './xlsx-error';
import type { XmlEvents } from './xml-scanner';
import type { PackageReader } from './package-reader';

/** An internal link from one part to another, target already resolved to a part name. */
export interface Relationship {
  id: string;
  type: string;
  partName: string;
}

/** Where the relationships of a part live: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPartFor(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

function decodePercentEscapes(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * A relationship target to a part name: absolute targets (`/xl/worksheets/sheet1.xml`, written by some
 * tools) start at the package root, others are relative to the folder of the source part.
 */
export function resolveTarget(sourcePartName: string, target: string): string {
  const path = decodePercentEscapes(target.split('#')[0] ?? '').replace(/\\/g, '/');
  const base = path.startsWith('/') ? [] : sourcePartName.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

class RelationshipsCollector implements XmlEvents {
  readonly relationships: Relationship[] = [];
  private sawRoot = false;

  constructor(private readonly sourcePartName: string) {}

  open(name: string, attributes: ReadonlyMap<string, string>): void {
    if (!this.sawRoot) {
      if (name !== 'Relationships') throw new XlsxError('damaged', xlsxMessages.damaged);
      this.sawRoot = true;
      return;
    }
    if (name !== 'Relationship' || attributes.get('TargetMode') === 'External') return;
    const id = attributes.get('Id');
    const type = attributes.get('Type');
    const target = attributes.get('Target');
    if (id === undefined || type === undefined || target === undefined) throw new XlsxError('damaged', xlsxMessages.damaged);
    this.relationships.push({ id, type, partName: resolveTarget(this.sourcePartName, target) });
  }

  close(): void {}

  text(): void {}
}

/** The relationships of a part (the package itself when `sourcePartName` is ''); none if it has no rels part. */
export function readRelationships(reader: PackageReader, sourcePartName: string): Relationship[] {
  const partName = sourcePartName === '' ? '_rels/.rels' : relationshipsPartFor(sourcePartName);
  if (!reader.has(partName)) return [];
  const collector = new RelationshipsCollector(sourcePartName);
  reader.parse(partName, collector);
  return collector.relationships;
}

/** Matches transitional and strict OOXML alike, which differ only in the namespace before the last segment. */
export function hasRelationshipType(relationship: Relationship, kind: string): boolean {
  return relationship.type.endsWith(`/${kind}`);
}
