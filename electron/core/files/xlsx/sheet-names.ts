import { truncateText } from './truncate-text';
import { stripInvalidXmlCharacters } from './xml-text';

const maxSheetNameLength = 31;

/** Excel refuses names that start or end with an apostrophe, and trailing spaces look like a different name. */
function trimName(value: string): string {
  return value.replace(/^[\s']+|[\s']+$/g, '');
}

/**
 * Names Excel accepts for the given sheets, in order: at most 31 characters, none of []:*?/\, not empty,
 * not Excel's reserved "History", and unique ignoring case (a clash gets " (2)", " (3)", ...).
 */
export function safeSheetNames(requested: readonly string[]): string[] {
  const taken = new Set<string>(['history']);
  return requested.map((name, index) => {
    const cleaned = trimName(truncateText(trimName(stripInvalidXmlCharacters(name).replace(/[[\]:*?/\\]/g, '-').replace(/[\t\n\r]/g, ' ')), maxSheetNameLength));
    const base = cleaned === '' ? `Sheet${index + 1}` : cleaned;
    let candidate = base;
    for (let counter = 2; taken.has(candidate.toLowerCase()); counter += 1) {
      const suffix = ` (${counter})`;
      candidate = `${trimName(truncateText(base, maxSheetNameLength - suffix.length))}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
