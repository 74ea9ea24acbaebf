import type { UiLocale } from '../../../../shared/domain/locales';
import type { PaperContent } from '../../../../shared/domain/priority-paper';
import { priorityTextsOf, writtenIn } from './paper-draft';

/** The parts of the paper the editor opens one at a time: `context`, `validation`, `priority:<uid>`. */
export type PaperPart = string;

export function priorityPart(uid: string): PaperPart {
  return `priority:${uid}`;
}

/** The priority a part is, or undefined for the context and the validation record. */
export function priorityOf(content: PaperContent, part: PaperPart) {
  return content.priorities.find((p) => priorityPart(p.uid) === part);
}

/** The languages a part has any text in. */
export function partWrittenIn(content: PaperContent, part: PaperPart): Set<UiLocale> {
  if (part === 'context') return writtenIn([content.context]);
  if (part === 'validation') return writtenIn([content.validation.decisions]);
  const priority = priorityOf(content, part);
  return priority ? writtenIn(priorityTextsOf(priority)) : new Set();
}
