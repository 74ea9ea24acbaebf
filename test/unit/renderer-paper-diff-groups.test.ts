import { describe, expect, it } from 'vitest';
import { emptyPaperContent, type PaperContent } from '../../shared/domain/priority-paper';
import { paperDiff, type SectionDiff } from '../../shared/paper/paper-diff';
import { changedFields, diffGroups, noChanges } from '../../renderer/src/features/paper/diff-groups';
import { newPriority } from '../../renderer/src/features/paper/paper-draft';

const uid = (n: number) => `${String(n).repeat(8)}-1111-4111-8111-111111111111`;

function paperWith(problems: string[]): PaperContent {
  const content = emptyPaperContent();
  content.priorities = problems.map((problem, i) => ({ ...newPriority(uid(i + 1)), problem: { en: problem, fr: '', ar: '' } }));
  return content;
}

const kinds = (sections: readonly SectionDiff[]) => diffGroups(sections).map((g) => (g.kind === 'unchanged' ? `same×${g.sections.length}` : `${g.section.id}:${g.section.change}`));

describe('how the compare view groups a diff', () => {
  it('folds each run of unchanged sections into one group and keeps changed ones whole, in order', () => {
    const before = paperWith(['one', 'two', 'three', 'four']);
    const after = paperWith(['one', 'two changed', 'three', 'four']);
    expect(kinds(paperDiff(before, after, 'en'))).toEqual(['same×2', `priority:${uid(2)}:changed`, 'same×3']);
  });

  it('shows added and removed priorities with every field that has text, and a changed one with only what changed', () => {
    const before = paperWith(['one']);
    const after = { ...paperWith(['one']), priorities: [{ ...newPriority(uid(5)), title: { en: 'New', fr: '', ar: '' }, problem: { en: 'Fresh text', fr: '', ar: '' } }] };
    const sections = paperDiff(before, after, 'en');
    const groups = diffGroups(sections);
    const shown = groups.flatMap((g) => (g.kind === 'section' ? [g.section] : []));
    expect(shown.map((s) => s.change).sort()).toEqual(['added', 'removed']);
    const added = shown.find((s) => s.change === 'added');
    expect(added ? changedFields(added).map((f) => f.field) : []).toEqual(['title', 'problem']);

    const edited = paperDiff(paperWith(['a b c']), paperWith(['a x c']), 'en').find((s) => s.change === 'changed');
    expect(edited ? changedFields(edited).map((f) => f.field) : []).toEqual(['problem']);
    expect(edited ? changedFields(edited)[0]?.parts.filter((p) => p.change !== 'same').map((p) => `${p.change}:${p.text}`) : []).toEqual(['removed:b', 'added:x']);
  });

  it('says when nothing changed at all', () => {
    const same = paperDiff(paperWith(['one']), paperWith(['one']), 'ar');
    expect(noChanges(same)).toBe(true);
    expect(kinds(same)).toEqual(['same×3']);
  });
});
