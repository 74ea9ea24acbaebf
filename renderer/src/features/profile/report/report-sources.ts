import type { Source } from '../../../../../shared/domain/observation';

/** Two figures share a source when everything the reader sees of it is the same. */
function sourceKey(source: Source): string {
  return JSON.stringify([source.publisher, source.citation, source.year, source.kind, source.titles.en, source.titles.fr, source.titles.ar]);
}

export interface ReportSources {
  /** Each source once, in the order the report first cites it; position + 1 is its number. */
  list: readonly Source[];
  numberOf(source: Source): number | undefined;
}

/** Numbers the sources of a report in order of first citation (key figures first, then the sections). */
export function numberSources(sources: Iterable<Source>): ReportSources {
  const numbers = new Map<string, number>();
  const list: Source[] = [];
  for (const source of sources) {
    const key = sourceKey(source);
    if (numbers.has(key)) continue;
    list.push(source);
    numbers.set(key, list.length);
  }
  return { list, numberOf: (source) => numbers.get(sourceKey(source)) };
}
