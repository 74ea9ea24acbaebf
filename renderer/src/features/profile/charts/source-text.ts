import type { Source } from '../../../../../shared/domain/observation';

/** "Publisher, citation (2025)": how every figure names where it comes from. */
export function sourceText(source: Source, t: (key: string, options: Record<string, string>) => string, year: (period: string) => string): string {
  const parts = { publisher: source.publisher, citation: source.citation };
  return source.year === null ? t('charts.source.withoutYear', parts) : t('charts.source.withYear', { ...parts, year: year(String(source.year)) });
}
