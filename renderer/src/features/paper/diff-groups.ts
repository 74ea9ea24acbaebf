import type { SectionDiff } from '../../../../shared/paper/paper-diff';

/**
 * How the compare view lays out a diff: changed, added and removed sections in full, and each run of
 * unchanged sections folded into one line that says how many there are — the reader looks for what
 * moved, not for what stayed.
 */
export type DiffGroup = { kind: 'section'; section: SectionDiff } | { kind: 'unchanged'; sections: SectionDiff[] };

export function diffGroups(sections: readonly SectionDiff[]): DiffGroup[] {
  const groups: DiffGroup[] = [];
  for (const section of sections) {
    const last = groups[groups.length - 1];
    if (section.change !== 'same') groups.push({ kind: 'section', section });
    else if (last?.kind === 'unchanged') last.sections.push(section);
    else groups.push({ kind: 'unchanged', sections: [section] });
  }
  return groups;
}

/** Nothing changed at all: the view says so instead of showing one folded run. */
export function noChanges(sections: readonly SectionDiff[]): boolean {
  return sections.every((section) => section.change === 'same');
}

/** The fields of a shown section worth showing: the changed ones (every field of an added or removed priority that has text). */
export function changedFields(section: SectionDiff): SectionDiff['fields'] {
  return section.fields.filter((field) => !field.unchanged || (section.change !== 'changed' && field.parts.length > 0));
}
