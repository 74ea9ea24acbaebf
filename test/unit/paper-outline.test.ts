import { describe, expect, it } from 'vitest';
import { uiLocales } from '../../shared/domain/locales';
import { emptyPaperContent } from '../../shared/domain/priority-paper';
import { collectCitationNodes } from '../../shared/narrative';
import { paperFigure } from '../../shared/paper/paper-figure';
import { notTranslatedNote, paperOutline, type OutlineSection } from '../../shared/paper/paper-outline';
import { paperWords } from '../../shared/paper/paper-words';
import { commitmentUids, priorityUids, sampleAnswers, sampleOutlineInput } from '../support/sample-paper';

function part(section: OutlineSection | undefined, field: string) {
  const found = section?.parts.find((p) => p.field === field);
  if (!found) throw new Error(`no part ${field}`);
  return found;
}

function textOf(section: OutlineSection | undefined, field: string) {
  const body = part(section, field).body;
  if (body.kind !== 'text') throw new Error(`${field} is not a text`);
  return body.text;
}

describe('the paper outline', () => {
  it('of an empty paper: the context and the validation, both saying there is nothing yet', () => {
    const outline = paperOutline({ ...sampleOutlineInput('en'), content: emptyPaperContent() });
    expect(outline.sections.map((s) => s.id)).toEqual(['context', 'validation']);
    expect(textOf(outline.sections[0], 'context')).toEqual({ blocks: [], locale: 'en', fallback: false, empty: true });
    const validation = outline.sections[1];
    expect(part(validation, 'validationDate').body).toEqual({ kind: 'date', date: null });
    expect(part(validation, 'participants').body).toMatchObject({ kind: 'participants', rows: [], total: { organisation: 'Total', people: '0' } });
    expect(textOf(validation, 'decisions').empty).toBe(true);
    expect(outline.figures.size).toBe(0);
  });

  it('has the title, city, date and one section per priority with its sub-headings in order', () => {
    const outline = paperOutline(sampleOutlineInput('en'));
    expect(outline).toMatchObject({ locale: 'en', direction: 'ltr', title: 'Priority paper', city: 'Tunis', date: 'April 1, 2025' });
    expect(outline.sections.map((s) => s.id)).toEqual(['context', `priority:${priorityUids.housing}`, `priority:${priorityUids.health}`, `priority:${priorityUids.youth}`, 'validation']);
    expect(outline.sections.map((s) => s.heading)).toEqual(['Context', 'Access to housing', 'Health coverage', 'Emploi des jeunes', 'Validation']);
    expect(outline.sections[1]?.parts.map((p) => p.heading)).toEqual(['Problem', 'Evidence', 'Target groups', 'Measures', 'Responsible actors', 'Timeline', 'Risks']);
    expect(outline.sections[4]?.parts.map((p) => p.heading)).toEqual(['Date of the validation meeting', 'Participants', 'Decisions']);
    // The context summary stands under its section heading alone.
    expect(outline.sections[0]?.parts.map((p) => p.heading)).toEqual([null]);
  });

  it('keeps texts as Markdown trees whose citations stay citation nodes, and words every cited figure once', () => {
    const outline = paperOutline(sampleOutlineInput('en'));
    const context = textOf(outline.sections[0], 'context');
    expect(collectCitationNodes(context.blocks).map((n) => n.raw)).toEqual(['{{POP_TOTAL 2024}}', '{{MIG_SHARE 2024 status=REF}}']);
    const evidence = textOf(outline.sections[1], 'evidence');
    expect(collectCitationNodes(evidence.blocks).map((n) => n.type)).toEqual(['citation', 'citation', 'bad-citation']);
    expect(Object.fromEntries(outline.figures)).toEqual({
      'POP_TOTAL 2024': { found: true, value: '12,400', period: '2024', source: 'INS census', detail: '2024, INS census' },
      'MIG_SHARE 2024 status=REF': { found: true, value: '3.5%', period: '2024', source: 'INS census', detail: '2024, INS census' },
      'HOUSING_WAIT 2024': { found: true, value: '860', period: '2024, estimate', source: 'INS census', detail: '2024, estimate, INS census' },
      'OLD_CODE 2019': { found: false, problem: 'unknown_indicator' },
    });
  });

  it('lists measures with their live status, a commitment no longer recorded marked, and target groups by name', () => {
    const housing = paperOutline(sampleOutlineInput('en')).sections[1];
    expect(part(housing, 'measures').body).toEqual({
      kind: 'measures',
      columns: { commitment: 'Commitment', status: 'Status', progress: 'Progress' },
      rows: [
        { uid: commitmentUids.desk, title: 'One-stop housing desk', status: 'In progress', progress: 'On track', missing: false },
        { uid: commitmentUids.deleted, title: 'Commitment no longer recorded', status: '', progress: '', missing: true },
      ],
    });
    expect(part(housing, 'targetGroups').body).toEqual({ kind: 'names', names: ['Refugees and asylum seekers', 'Women'] });
  });

  it('falls back to another language that has a text, and says so', () => {
    const english = paperOutline(sampleOutlineInput('en'));
    const youth = english.sections[3];
    expect(youth).toMatchObject({ heading: 'Emploi des jeunes', headingFallback: true, headingLocale: 'fr' });
    expect(textOf(youth, 'problem')).toMatchObject({ locale: 'fr', fallback: true, empty: false });
    // French has no evidence for housing: it is shown in English, the first language that has it.
    const french = paperOutline(sampleOutlineInput('fr'));
    expect(textOf(french.sections[1], 'evidence')).toMatchObject({ locale: 'en', fallback: true });
    expect(textOf(french.sections[1], 'problem')).toMatchObject({ locale: 'fr', fallback: false });
    expect(notTranslatedNote('en', 'fr')).toBe('Not translated: shown in French');
    expect(notTranslatedNote('ar', 'en')).toBe('غير مترجم: معروض باللغة الإنجليزية');
  });

  it('names a priority without a title in any language by its number', () => {
    const input = sampleOutlineInput('en');
    const priorities = input.content.priorities.map((p, k) => (k === 1 ? { ...p, title: { en: '', fr: '', ar: '' } } : p));
    const outline = paperOutline({ ...input, content: { ...input.content, priorities } });
    expect(outline.sections[2]).toMatchObject({ heading: 'Priority 2', headingFallback: false });
  });

  it('in Arabic: right to left, Arabic words, numbers and dates as the renderer formats them for "ar"', () => {
    const outline = paperOutline(sampleOutlineInput('ar'));
    expect(outline.direction).toBe('rtl');
    expect(outline.sections.map((s) => s.heading)).toEqual(['السياق', 'الحصول على السكن', 'التغطية الصحية', 'Emploi des jeunes', 'المصادقة']);
    expect(outline.date).toBe(new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2025-04-01T12:00:00Z')));
    expect(outline.figures.get('POP_TOTAL 2024')).toEqual({
      found: true,
      value: new Intl.NumberFormat('ar', { maximumFractionDigits: 0 }).format(12400),
      period: '2024',
      source: 'تعداد المعهد الوطني للإحصاء',
      detail: '2024، تعداد المعهد الوطني للإحصاء',
    });
    const participants = part(outline.sections[4], 'participants').body;
    expect(participants).toMatchObject({ kind: 'participants', total: { organisation: 'المجموع', people: new Intl.NumberFormat('ar').format(12) } });
  });

  it('applies the privacy rules to figures: small counts of people and confidential values are not shown', () => {
    const answer = sampleAnswers.get('POP_TOTAL 2024');
    if (!answer || 'problem' in answer) throw new Error('sample');
    expect(paperFigure({ ...answer, value: 7 }, 'en', () => true)).toMatchObject({ value: 'fewer than 10' });
    expect(paperFigure({ ...answer, value: 7 }, 'en', () => false)).toMatchObject({ value: '7' });
    expect(paperFigure({ ...answer, flags: { ...answer.flags, confidential: true } }, 'fr', () => true)).toMatchObject({ value: 'non diffusé' });
    expect(paperFigure({ ...answer, unit: 'ynp', value: 0.5 }, 'fr', () => false)).toMatchObject({ value: 'en partie' });
    expect(paperFigure(undefined, 'en', () => true)).toEqual({ found: false, problem: 'no_data' });
  });

  it('has every paper word in every language', () => {
    const keys = Object.keys(paperWords.en).sort();
    for (const locale of uiLocales) {
      expect(Object.keys(paperWords[locale]).sort(), locale).toEqual(keys);
      const { languages, ...words } = paperWords[locale];
      for (const [key, word] of [...Object.entries(words), ...Object.entries(languages)]) expect(word.trim(), `${locale}.${key}`).not.toBe('');
    }
  });
});
