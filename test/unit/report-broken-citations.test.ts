import { describe, expect, it } from 'vitest';
import type { ProfileSection } from '../../shared/domain/catalogue';
import type { CitationAnswer } from '../../shared/domain/narrative';
import { parseMarkdown } from '../../shared/narrative';
import { brokenCitations } from '../../renderer/src/features/profile/report/broken-citations';

const section = (code: string): ProfileSection => ({ code, name: { en: code, fr: code, ar: code }, description: { en: '', fr: '', ar: '' }, subsections: [] });
const figure: CitationAnswer = {
  key: 'POP_TOTAL 2024',
  indicator: 'POP_TOTAL',
  name: { en: 'Total population', fr: 'Population totale', ar: 'مجموع السكان' },
  unit: 'count',
  period: '2024',
  value: 1000,
  flags: { estimate: false, provisional: false, confidential: false },
  source: { citation: 'Census', publisher: '', year: null, kind: 'census', titles: { en: '', fr: '', ar: '' } },
};

describe('citations that no longer resolve', () => {
  it('are listed with their section and their text as written, in reading order; resolving and pending ones are not', () => {
    const answers = new Map<string, CitationAnswer>([
      ['POP_TOTAL 2024', figure],
      ['GONE 2024', { key: 'GONE 2024', problem: 'unknown_indicator' }],
    ]);
    const sections = [
      { section: section('metadata'), document: parseMarkdown('Population {{POP_TOTAL 2024}}, desks {{GONE 2024}}.') },
      { section: section('key-data'), document: null },
      { section: section('priorities'), document: parseMarkdown('- {{POP_TOTAL sex=Q}}\n- {{STILL_ASKING}}') },
    ];
    expect(brokenCitations(sections, answers).map((b) => [b.section.code, b.raw, b.reason])).toEqual([
      ['metadata', '{{GONE 2024}}', 'unknown_indicator'],
      ['priorities', '{{POP_TOTAL sex=Q}}', 'bad-code'],
    ]);
  });
});
