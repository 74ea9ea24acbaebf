import { describe, expect, it } from 'vitest';
import { emptyPaperContent, PaperContent } from '../../shared/domain/priority-paper';
import { addPriority, maxPriorities, movePriority, removePriority, toggled } from '../../renderer/src/features/paper/paper-draft';
import { partWrittenIn, priorityPart } from '../../renderer/src/features/paper/paper-parts';

const uid = (n: number) => `${String(n).repeat(8)}-1111-4111-8111-111111111111`;

describe('the changes the paper editor makes', () => {
  it('adds up to five priorities, each a valid part of the content', () => {
    let content = emptyPaperContent();
    for (let n = 1; n <= maxPriorities + 1; n += 1) content = addPriority(content, uid(n));
    expect(content.priorities.map((p) => p.uid)).toEqual([1, 2, 3, 4, 5].map(uid));
    expect(PaperContent.safeParse(content).success).toBe(true);
  });

  it('moves a priority one place and stays put at either end; removes by id', () => {
    let content = [1, 2, 3].reduce((c, n) => addPriority(c, uid(n)), emptyPaperContent());
    content = movePriority(content, uid(3), -1);
    expect(content.priorities.map((p) => p.uid)).toEqual([uid(1), uid(3), uid(2)]);
    expect(movePriority(content, uid(1), -1)).toBe(content);
    expect(movePriority(content, uid(2), 1)).toBe(content);
    expect(removePriority(content, uid(3)).priorities.map((p) => p.uid)).toEqual([uid(1), uid(2)]);
  });

  it('ticks and unticks codes keeping their order, and knows which languages a part is written in', () => {
    expect(toggled(['REF', 'ASY'], 'F', true)).toEqual(['REF', 'ASY', 'F']);
    expect(toggled(['REF', 'ASY'], 'REF', false)).toEqual(['ASY']);
    const content = addPriority(emptyPaperContent(), uid(1));
    const priority = content.priorities[0];
    if (!priority) throw new Error('no priority');
    priority.risks.ar = 'مخاطر';
    priority.title.fr = 'Logement';
    expect([...partWrittenIn(content, priorityPart(uid(1)))].sort()).toEqual(['ar', 'fr']);
    expect(partWrittenIn(content, 'context').size).toBe(0);
  });
});
