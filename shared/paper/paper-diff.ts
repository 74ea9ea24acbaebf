import { diffArrays, diffWords } from 'diff';
import type { UiLocale } from '../domain/locales';
import type { PaperContent, PaperPriority, ValidationParticipant } from '../domain/priority-paper';

/**
 * What changed between two contents of the priority paper (two saved versions, or a version and the
 * text being written), word by word, section by section, in one language. Priorities are matched by
 * their id, so a reordered or retitled priority is compared with itself; one that exists on one side
 * only shows whole, as added or removed. The texts are compared as written (Markdown, citation
 * markers included): that is what the writer typed and will recognise.
 */

export type DiffChange = 'added' | 'removed' | 'same';
export interface DiffPart {
  change: DiffChange;
  text: string;
}

export type DiffField = 'context' | 'title' | 'problem' | 'evidence' | 'targetGroups' | 'measures' | 'actors' | 'timeline' | 'risks' | 'validationDate' | 'participants' | 'decisions';

export interface FieldDiff {
  field: DiffField;
  /** For texts, runs of words; for lists (target groups, measures, participants), one part per item. */
  parts: DiffPart[];
  unchanged: boolean;
}

export interface SectionDiff {
  /** `context`, `validation` or `priority:<uid>`, as in the outline. */
  id: string;
  kind: 'context' | 'priority' | 'validation';
  /** `same` and `changed` sections exist on both sides; a screen may fold the `same` ones away. */
  change: 'added' | 'removed' | 'changed' | 'same';
  fields: FieldDiff[];
}

/** How list items are named in the diff; by default their codes and ids, which a screen may replace by names. */
export interface DiffNames {
  targetGroup(code: string): string;
  commitment(uid: string): string;
}

const plainNames: DiffNames = { targetGroup: (code) => code, commitment: (uid) => uid };

function textDiff(field: DiffField, before: string, after: string, segmenter: Intl.Segmenter): FieldDiff {
  if (before === after) return { field, parts: after === '' ? [] : [{ change: 'same', text: after }], unchanged: true };
  // Intl's word segmentation, not jsdiff's own tokenizer: that one splits Arabic-Indic numbers into
  // single digits and breaks a word at each vowel mark (test/unit/paper-diff.test.ts shows both).
  const parts = diffWords(before, after, { intlSegmenter: segmenter }).map((c): DiffPart => ({ change: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
  return { field, parts, unchanged: parts.every((p) => p.change === 'same') };
}

function listDiff(field: DiffField, before: readonly string[], after: readonly string[], name: (item: string) => string): FieldDiff {
  const parts = diffArrays([...before], [...after]).flatMap((c) => c.value.map((item): DiffPart => ({ change: c.added ? 'added' : c.removed ? 'removed' : 'same', text: name(item) })));
  return { field, parts, unchanged: parts.every((p) => p.change === 'same') };
}

/** A field of a priority on one side only: all its text added or removed; a field empty on that side has no parts. */
function whole(change: 'added' | 'removed', diff: FieldDiff): FieldDiff {
  const parts = diff.parts.filter((p) => p.text !== '').map((p) => ({ change, text: p.text }));
  return { field: diff.field, parts, unchanged: parts.length === 0 };
}

function participantLine(p: ValidationParticipant): string {
  return `${p.organisation}: ${p.people}`;
}

function priorityFields(before: PaperPriority, after: PaperPriority, locale: UiLocale, segmenter: Intl.Segmenter, names: DiffNames): FieldDiff[] {
  const text = (field: 'problem' | 'evidence' | 'actors' | 'timeline' | 'risks') => textDiff(field, before[field][locale], after[field][locale], segmenter);
  return [
    textDiff('title', before.title[locale], after.title[locale], segmenter),
    text('problem'),
    text('evidence'),
    listDiff('targetGroups', before.targetGroups, after.targetGroups, names.targetGroup),
    listDiff('measures', before.measures, after.measures, names.commitment),
    text('actors'),
    text('timeline'),
    text('risks'),
  ];
}

function section(id: string, kind: SectionDiff['kind'], fields: FieldDiff[]): SectionDiff {
  return { id, kind, change: fields.every((f) => f.unchanged) ? 'same' : 'changed', fields };
}

/** A priority that exists on one side only, shown whole. */
function lonePriority(priority: PaperPriority, change: 'added' | 'removed', locale: UiLocale, segmenter: Intl.Segmenter, names: DiffNames): SectionDiff {
  return { id: `priority:${priority.uid}`, kind: 'priority', change, fields: priorityFields(priority, priority, locale, segmenter, names).map((f) => whole(change, f)) };
}

/** The priorities in the order of `after`, each removed one placed after the priority it followed before. */
function priorityDiffs(before: readonly PaperPriority[], after: readonly PaperPriority[], locale: UiLocale, segmenter: Intl.Segmenter, names: DiffNames): SectionDiff[] {
  const beforeByUid = new Map(before.map((p) => [p.uid, p]));
  const afterUids = new Set(after.map((p) => p.uid));
  const out: SectionDiff[] = [];
  const removedAfter = new Map<string | null, PaperPriority[]>();
  let previousKept: string | null = null;
  for (const p of before) {
    if (afterUids.has(p.uid)) previousKept = p.uid;
    else removedAfter.set(previousKept, [...(removedAfter.get(previousKept) ?? []), p]);
  }
  const pushRemoved = (anchor: string | null) => {
    for (const p of removedAfter.get(anchor) ?? []) out.push(lonePriority(p, 'removed', locale, segmenter, names));
  };
  pushRemoved(null);
  for (const p of after) {
    const old = beforeByUid.get(p.uid);
    out.push(old ? section(`priority:${p.uid}`, 'priority', priorityFields(old, p, locale, segmenter, names)) : lonePriority(p, 'added', locale, segmenter, names));
    if (old) pushRemoved(p.uid);
  }
  return out;
}

/** The word-level differences between two contents of the paper, in one language. */
export function paperDiff(before: PaperContent, after: PaperContent, locale: UiLocale, names: DiffNames = plainNames): SectionDiff[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const validation = [
    textDiff('validationDate', before.validation.date ?? '', after.validation.date ?? '', segmenter),
    listDiff('participants', before.validation.participants.map(participantLine), after.validation.participants.map(participantLine), (line) => line),
    textDiff('decisions', before.validation.decisions[locale], after.validation.decisions[locale], segmenter),
  ];
  return [
    section('context', 'context', [textDiff('context', before.context[locale], after.context[locale], segmenter)]),
    ...priorityDiffs(before.priorities, after.priorities, locale, segmenter, names),
    section('validation', 'validation', validation),
  ];
}
