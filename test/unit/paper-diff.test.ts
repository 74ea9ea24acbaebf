import { diffWords } from 'diff';
import { describe, expect, it } from 'vitest';
import { emptyPaperContent, type PaperContent } from '../../shared/domain/priority-paper';
import { paperDiff, type SectionDiff } from '../../shared/paper/paper-diff';
import { priorityUids, samplePaper } from '../support/sample-paper';

function field(section: SectionDiff | undefined, name: string) {
  const found = section?.fields.find((f) => f.field === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

function changed(section: SectionDiff | undefined, name: string) {
  return field(section, name)
    .parts.filter((p) => p.change !== 'same')
    .map((p) => `${p.change === 'added' ? '+' : '-'}${p.text}`);
}

function edited(edit: (paper: PaperContent) => void): PaperContent {
  const copy = structuredClone(samplePaper);
  edit(copy);
  return copy;
}

describe('the paper diff', () => {
  it('of two empty papers: the context and validation sections, unchanged and without parts', () => {
    const diff = paperDiff(emptyPaperContent(), emptyPaperContent(), 'en');
    expect(diff.map((s) => [s.id, s.change])).toEqual([
      ['context', 'same'],
      ['validation', 'same'],
    ]);
    expect(diff.flatMap((s) => s.fields).every((f) => f.unchanged && f.parts.length === 0)).toBe(true);
  });

  it('flags every section of an unchanged paper as the same, so a screen can fold them', () => {
    const diff = paperDiff(samplePaper, structuredClone(samplePaper), 'en');
    expect(diff.every((s) => s.change === 'same')).toBe(true);
    expect(field(diff[0], 'context').parts).toEqual([{ change: 'same', text: samplePaper.context.en }]);
  });

  it('shows a word edit as the words removed and added, the rest the same', () => {
    const after = edited((p) => {
      p.context.en = p.context.en.replace('residents', 'inhabitants');
    });
    const diff = paperDiff(samplePaper, after, 'en');
    expect(diff[0]?.change).toBe('changed');
    expect(changed(diff[0], 'context')).toEqual(['-residents', '+inhabitants']);
    expect(
      field(diff[0], 'context')
        .parts.filter((p) => p.change !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(samplePaper.context.en);
    // Only the edited section changed; the others stay foldable.
    expect(diff.slice(1).every((s) => s.change === 'same')).toBe(true);
  });

  it('compares only the chosen language', () => {
    const after = edited((p) => {
      p.context.fr = 'Autre texte.';
    });
    expect(paperDiff(samplePaper, after, 'en')[0]?.change).toBe('same');
    expect(paperDiff(samplePaper, after, 'fr')[0]?.change).toBe('changed');
  });

  it('shows an added priority whole, as added, where it stands', () => {
    const health = samplePaper.priorities[1];
    if (!health) throw new Error('sample');
    const after = edited((p) => {
      p.priorities.splice(1, 0, { ...structuredClone(health), uid: '44444444-4444-4444-8444-444444444444', title: { en: 'Schools', fr: '', ar: '' } });
    });
    const diff = paperDiff(samplePaper, after, 'en');
    expect(diff.map((s) => [s.id, s.change])).toEqual([
      ['context', 'same'],
      [`priority:${priorityUids.housing}`, 'same'],
      ['priority:44444444-4444-4444-8444-444444444444', 'added'],
      [`priority:${priorityUids.health}`, 'same'],
      [`priority:${priorityUids.youth}`, 'same'],
      ['validation', 'same'],
    ]);
    const added = diff[2];
    expect(changed(added, 'title')).toEqual(['+Schools']);
    expect(changed(added, 'problem')).toEqual(['+Irregular migrants avoid clinics.']);
    expect(changed(added, 'targetGroups')).toEqual(['+irregular']);
    // Fields empty in that language stay empty rather than an empty "added" part.
    expect(field(added, 'risks').parts).toEqual([]);
  });

  it('shows a removed priority whole, as removed, at its old place; priorities are matched by id, not position', () => {
    const after = edited((p) => {
      const [housing, , youth] = p.priorities;
      if (!housing || !youth) throw new Error('sample');
      p.priorities = [youth, housing];
    });
    const diff = paperDiff(samplePaper, after, 'en');
    expect(diff.map((s) => [s.id, s.change])).toEqual([
      ['context', 'same'],
      [`priority:${priorityUids.youth}`, 'same'],
      [`priority:${priorityUids.housing}`, 'same'],
      [`priority:${priorityUids.health}`, 'removed'],
      ['validation', 'same'],
    ]);
    expect(changed(diff[3], 'title')).toEqual(['-Health coverage']);
    expect(changed(diff[3], 'measures')).toEqual(expect.arrayContaining([expect.stringMatching(/^-/)]));
  });

  it('diffs target groups, measures and participants item by item, with names a screen supplies', () => {
    const after = edited((p) => {
      const housing = p.priorities[0];
      if (housing) housing.targetGroups = ['women', 'youth'];
      p.validation.participants[1] = { organisation: 'UNHCR', people: 3 };
    });
    const names = { targetGroup: (code: string) => code.toUpperCase(), commitment: (uid: string) => uid.slice(0, 4) };
    const diff = paperDiff(samplePaper, after, 'en', names);
    expect(field(diff[1], 'targetGroups').parts).toEqual([
      { change: 'removed', text: 'REFUGEES' },
      { change: 'same', text: 'WOMEN' },
      { change: 'added', text: 'YOUTH' },
    ]);
    expect(changed(diff.at(-1), 'participants')).toEqual(['-UNHCR: 2', '+UNHCR: 3']);
    expect(field(diff.at(-1), 'validationDate').unchanged).toBe(true);
  });

  it('reads Arabic words whole: a changed number, an added word, a vowel mark', () => {
    const before = edited((p) => {
      p.context.ar = 'يعيش في المدينة ١٢٠٠ لاجئ من سوريا، وفقاً للإحصاء.';
      p.validation.decisions.ar = 'السلام عليكم';
    });
    const after = edited((p) => {
      p.context.ar = 'يعيش في المدينة الكبرى ١٥٠٠ لاجئ من سوريا، وفقاً للإحصاء.';
      p.validation.decisions.ar = 'السَّلام عليكم';
    });
    const diff = paperDiff(before, after, 'ar');
    expect(changed(diff[0], 'context')).toEqual(['-١٢٠٠', '+الكبرى ١٥٠٠']);
    expect(changed(diff.at(-1), 'decisions')).toEqual(['-السلام', '+السَّلام']);
  });

  it('needs Intl’s word segmentation for Arabic: jsdiff’s own tokenizer splits Arabic-Indic numbers and vowelled words', () => {
    // Why paper-diff passes an Intl.Segmenter: without it the same edits read digit by digit.
    const numbers = diffWords('المدينة ١٢٠٠ لاجئ', 'المدينة ١٥٠٠ لاجئ').filter((c) => c.added || c.removed);
    expect(numbers.map((c) => c.value)).toEqual(['٢', '٥']);
    const marks = diffWords('السلام عليكم', 'السَّلام عليكم').filter((c) => c.added || c.removed);
    expect(marks.map((c) => c.value)).toEqual(['َّ']);
  });
});
