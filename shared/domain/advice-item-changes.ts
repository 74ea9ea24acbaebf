import { diffArrays } from 'diff';

/**
 * What changed in an item since advice was written on it: the item's text then (kept with the
 * advice) against its text now, line by line. A line is `field<TAB>value` (advice-items.ts), so a
 * change shows as the fields that differ; unchanged lines are left out, the reader looks for what
 * moved.
 */
export interface ItemLine {
  field: string;
  value: string;
}

export interface ItemChange extends ItemLine {
  change: 'added' | 'removed';
}

export function itemLines(text: string): ItemLine[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const tab = line.indexOf('\t');
      return tab < 0 ? { field: '', value: line } : { field: line.slice(0, tab), value: line.slice(tab + 1) };
    });
}

export function itemChanges(then: string, now: string): ItemChange[] {
  const parts = diffArrays(then.split('\n').filter(Boolean), now.split('\n').filter(Boolean));
  return parts.flatMap((part) => {
    if (!part.added && !part.removed) return [];
    const change = part.added ? 'added' : 'removed';
    return itemLines(part.value.join('\n')).map((line) => ({ ...line, change }));
  });
}
