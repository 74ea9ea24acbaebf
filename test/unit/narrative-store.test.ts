import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/api/contract';
import { citationKey, collectCitations, parseMarkdown } from '../../shared/narrative';
import { sampleNarrative } from '../../electron/core/city/sample-narrative';
import { freshCoreForEachTest, tunisSetup, type TestCore } from '../support/temp-core';

let clock = Date.parse('2026-03-01T09:00:00.000Z');
const current = freshCoreForEachTest({ now: () => new Date(clock) });

async function failure(t: TestCore, method: MethodName, input: unknown) {
  const answer = await t.core.dispatch(method, input);
  if (answer.ok) throw new Error(`${method} succeeded but was expected to fail`);
  return answer.error;
}

/** Every distinct citation of the sample text, as the renderer asks for them. */
function sampleCitationKeys(locale?: string): string[] {
  const texts = sampleNarrative.filter((text) => locale === undefined || text.locale === locale);
  return texts.flatMap((text) => collectCitations(parseMarkdown(text.markdown)).map(citationKey));
}

describe('narrative texts', () => {
  it('are saved per section and language, listed, and overwritten', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    expect(await t.call('narrative.list', {})).toEqual([]);

    const saved = await t.call('narrative.save', { section: 'priorities', locale: 'fr', markdown: '## Priorités\n\n{{POP_TOTAL}}' });
    expect(saved).toEqual({ section: 'priorities', locale: 'fr', markdown: '## Priorités\n\n{{POP_TOTAL}}', updatedAt: '2026-03-01T09:00:00.000Z' });
    await t.call('narrative.save', { section: 'metadata', locale: 'ar', markdown: 'أعدّ هذا الملف' });
    await t.call('narrative.save', { section: 'metadata', locale: 'en', markdown: 'Prepared by' });
    // Listed in the profile's order (metadata before priorities), then en, fr, ar.
    expect((await t.call('narrative.list', {})).map((n) => `${n.section}/${n.locale}`)).toEqual(['metadata/en', 'metadata/ar', 'priorities/fr']);

    clock += 60_000;
    await t.call('narrative.save', { section: 'priorities', locale: 'fr', markdown: 'Nouveau texte' });
    const list = await t.call('narrative.list', {});
    expect(list.filter((n) => n.section === 'priorities')).toEqual([{ section: 'priorities', locale: 'fr', markdown: 'Nouveau texte', updatedAt: '2026-03-01T09:01:00.000Z' }]);

    // A blank text removes the section's text in that language only.
    await t.call('narrative.save', { section: 'metadata', locale: 'en', markdown: '  \n' });
    expect((await t.call('narrative.list', {})).map((n) => `${n.section}/${n.locale}`)).toEqual(['metadata/ar', 'priorities/fr']);
  });

  it('refuse an unknown section, an unknown language and an over-long text, changing nothing', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    const badSection = await failure(t, 'narrative.save', { section: 'gossip', locale: 'en', markdown: 'x' });
    expect(badSection).toMatchObject({ code: 'invalid_input', issues: [{ path: 'section' }] });
    const badLocale = await failure(t, 'narrative.save', { section: 'metadata', locale: 'de', markdown: 'x' });
    expect(badLocale.code).toBe('invalid_input');
    expect(badLocale.issues?.[0]?.path).toBe('locale');
    const tooLong = await failure(t, 'narrative.save', { section: 'metadata', locale: 'en', markdown: 'x'.repeat(50_001) });
    expect(tooLong.code).toBe('invalid_input');
    expect(await t.call('narrative.list', {})).toEqual([]);
  });

  it('need a city to be saved', async () => {
    const t = current.t;
    expect((await failure(t, 'narrative.save', { section: 'metadata', locale: 'en', markdown: 'x' })).code).toBe('not_initialised');
    expect(await t.call('narrative.list', {})).toEqual([]);
  });

  it('come with the sample city, every section in three languages, and go with it', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const list = await t.call('narrative.list', {});
    expect(list).toHaveLength(27);
    expect(new Set(list.map((n) => n.section)).size).toBe(9);
    expect(list.find((n) => n.section === 'metadata' && n.locale === 'ar')?.markdown).toMatch(/[\u0600-\u06FF]/);
    await t.call('city.leaveSample', {});
    await t.call('city.setup', tunisSetup);
    expect(await t.call('narrative.list', {})).toEqual([]);
  });
});

describe('narrative citations', () => {
  it('resolve every citation of the sample profile, in every language, to a figure with its year and source', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const english = sampleCitationKeys('en');
    expect(english).toHaveLength(59);
    const keys = [...new Set(sampleCitationKeys())];
    const answers = await t.call('narrative.cite', { citations: keys });
    expect(answers.map((a) => a.key)).toEqual(keys);
    const problems = answers.filter((a) => 'problem' in a);
    expect(problems).toEqual([]);
    for (const answer of answers) {
      if ('problem' in answer) continue;
      expect(answer.source.citation, answer.key).not.toBe('');
      expect(answer.period, answer.key).toMatch(/^\d{4}/);
    }
  });

  it('give the value, period, unit, flags and source of a cited figure; no period means the latest with that breakdown', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const [latest, dated, breakdown] = await t.call('narrative.cite', { citations: ['POP_TOTAL', 'POP_TOTAL 2019', 'REF_ASY_REGISTERED 2024 sex=F status=ASY'] });
    expect(latest).toEqual({
      key: 'POP_TOTAL',
      indicator: 'POP_TOTAL',
      name: expect.objectContaining({ en: expect.any(String), ar: expect.any(String) }),
      unit: 'count',
      period: '2024',
      value: 1077512,
      flags: { estimate: false, provisional: true, confidential: false },
      source: { citation: 'Annual population estimates 2019–2024', publisher: 'National Statistics Institute (sample)', year: 2025, kind: 'administrative', titles: { en: '', fr: '', ar: '' } },
    });
    expect(dated).toMatchObject({ period: '2019', value: 1043105, flags: { provisional: false } });
    expect(breakdown).toMatchObject({ indicator: 'REF_ASY_REGISTERED', period: '2024', unit: 'count' });
  });

  it('take the latest period that has exactly the cited breakdown', async () => {
    const t = current.t;
    await t.call('city.setup', tunisSetup);
    const rows = [
      { indicator: 'POP_TOTAL', period: '2021', value: '100', source: 'Census' },
      { indicator: 'POP_TOTAL', period: '2022', sex: 'F', value: '51', source: 'Census' },
      { indicator: 'POP_TOTAL', period: '2023', sex: 'M', value: '52', source: 'Census' },
      { indicator: 'POP_TOTAL', period: '2024', sex: 'F', age: 'Y15T24', value: '9', source: 'Census' },
    ];
    for (const draft of rows) await t.call('observations.save', { original: null, draft });
    const answers = await t.call('narrative.cite', { citations: ['POP_TOTAL', 'POP_TOTAL sex=F', 'POP_TOTAL sex=M', 'POP_TOTAL age=Y15T24 sex=F', 'POP_TOTAL age=Y15T24'] });
    expect(answers.map((a) => ('problem' in a ? a.problem : `${a.period}:${a.value}`))).toEqual(['2021:100', '2022:51', '2023:52', '2024:9', 'no_data']);
  });

  it('report unknown indicators, figures without data and malformed citations instead of failing', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const answers = await t.call('narrative.cite', {
      citations: ['NOT_AN_INDICATOR 2024', 'POP_TOTAL 2030', 'POP_TOTAL 2024 status=REF', 'POP_TOTAL 20x4', 'other-city.LOCAL_DESKS', ''],
    });
    expect(answers).toEqual([
      { key: 'NOT_AN_INDICATOR 2024', problem: 'unknown_indicator' },
      { key: 'POP_TOTAL 2030', problem: 'no_data' },
      { key: 'POP_TOTAL 2024 status=REF', problem: 'no_data' },
      { key: 'POP_TOTAL 20x4', problem: 'invalid' },
      { key: 'other-city.LOCAL_DESKS', problem: 'unknown_indicator' },
      { key: '', problem: 'invalid' },
    ]);
    expect((await failure(t, 'narrative.cite', { citations: Array.from({ length: 501 }, () => 'POP_TOTAL') })).code).toBe('invalid_input');
  });

  it('are live: a figure changed in the data shows in the next answer', async () => {
    const t = current.t;
    await t.call('city.createSample', {});
    const before = await t.call('narrative.cite', { citations: ['POP_TOTAL', 'POP_TOTAL 2024'] });
    expect(before.map((a) => ('problem' in a ? a.problem : a.value))).toEqual([1077512, 1077512]);

    const key = { indicator: 'POP_TOTAL', period: '2024', sex: '', age: '', status: '', origin: '', area: '' };
    await t.call('observations.save', { original: key, draft: { indicator: 'POP_TOTAL', period: '2024', value: '1080000', source: 'Census 2024 (revised)' } });
    const after = await t.call('narrative.cite', { citations: ['POP_TOTAL', 'POP_TOTAL 2024'] });
    expect(after.map((a) => ('problem' in a ? a.problem : `${a.value} ${a.source.citation}`))).toEqual(['1080000 Census 2024 (revised)', '1080000 Census 2024 (revised)']);

    // A newer period becomes the latest; removing it falls back to the one before.
    await t.call('observations.save', { original: null, draft: { indicator: 'POP_TOTAL', period: '2025', value: '1090000', source: 'Census 2024 (revised)' } });
    expect(await t.call('narrative.cite', { citations: ['POP_TOTAL'] })).toMatchObject([{ period: '2025', value: 1090000 }]);
    await t.call('observations.delete', { keys: [{ ...key, period: '2025' }] });
    expect(await t.call('narrative.cite', { citations: ['POP_TOTAL'] })).toMatchObject([{ period: '2024', value: 1080000 }]);
  });
});

describe('saving the report as a PDF', () => {
  it('is refused by the core with a clear message: only the desktop app can print to a file', async () => {
    const t = current.t;
    const error = await failure(t, 'report.savePdf', { suggestedName: 'profile.pdf' });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('Saving a PDF directly is available in the desktop app; use Print in the browser.');
  });
});
