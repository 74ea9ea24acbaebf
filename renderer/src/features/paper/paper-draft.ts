import type { PaperContent, PaperMarkdown, PaperPriority } from '../../../../shared/domain/priority-paper';
import type { UiLocale } from '../../../../shared/domain/locales';
import { uiLocales } from '../../../../shared/domain/locales';

/** The changes the editor makes to the paper being written; pure, so each returns a new content. */

export const maxPriorities = 5;
/** Fewer than this and the paper is still a draft (domain.md §1: three to five priorities). */
export const minFinishedPriorities = 3;

export type PriorityText = 'problem' | 'evidence' | 'actors' | 'timeline' | 'risks';
export const priorityTexts: readonly PriorityText[] = ['problem', 'evidence', 'actors', 'timeline', 'risks'];

const blank = (): PaperMarkdown => ({ en: '', fr: '', ar: '' });

export function newPriority(uid: string): PaperPriority {
  return { uid, title: blank(), problem: blank(), evidence: blank(), targetGroups: [], measures: [], actors: blank(), timeline: blank(), risks: blank() };
}

export function addPriority(content: PaperContent, uid: string): PaperContent {
  if (content.priorities.length >= maxPriorities) return content;
  return { ...content, priorities: [...content.priorities, newPriority(uid)] };
}

export function removePriority(content: PaperContent, uid: string): PaperContent {
  return { ...content, priorities: content.priorities.filter((p) => p.uid !== uid) };
}

/** Moves a priority one place up (-1) or down (+1); at either end it stays. */
export function movePriority(content: PaperContent, uid: string, step: -1 | 1): PaperContent {
  const from = content.priorities.findIndex((p) => p.uid === uid);
  const to = from + step;
  if (from < 0 || to < 0 || to >= content.priorities.length) return content;
  const priorities = [...content.priorities];
  const [moved] = priorities.splice(from, 1);
  if (moved) priorities.splice(to, 0, moved);
  return { ...content, priorities };
}

export function updatePriority(content: PaperContent, uid: string, change: (priority: PaperPriority) => PaperPriority): PaperContent {
  return { ...content, priorities: content.priorities.map((p) => (p.uid === uid ? change(p) : p)) };
}

/** Adds or removes a code in a list, keeping the list's order. */
export function toggled(list: readonly string[], code: string, on: boolean): string[] {
  if (on) return list.includes(code) ? [...list] : [...list, code];
  return list.filter((item) => item !== code);
}

/** The languages a part of the paper is written in (any of its texts), for the switch's marks. */
export function writtenIn(texts: ReadonlyArray<Readonly<Record<UiLocale, string>>>): Set<UiLocale> {
  return new Set(uiLocales.filter((locale) => texts.some((text) => text[locale].trim() !== '')));
}

/** Every text of a priority, for what is written in which language. */
export function priorityTextsOf(priority: PaperPriority): Array<Readonly<Record<UiLocale, string>>> {
  return [priority.title, ...priorityTexts.map((field) => priority[field])];
}
