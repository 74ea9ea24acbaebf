import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Finds English sentences on a French or Arabic screen. Two nets:
 * - the interface's own English: every English text of the locale files (and of the built-in
 *   catalogue) whose French or Arabic text differs, placeholders matching anything;
 * - English that never was in a locale file (a core message, a hard-coded word): a run of Latin
 *   words holding at least two English grammar words that French does not share ("the", "of",
 *   "cannot" …).
 * What the user or the sample city typed (citations, publishers, notes, names) is data, not
 * interface, and is passed in as `data` so it is never reported.
 */

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const localesDir = join(repoRoot, 'renderer', 'src', 'i18n', 'locales');
const catalogueDir = join(repoRoot, 'resources', 'catalogue');
const sampleCityDir = join(repoRoot, 'resources', 'sample-city');

export type ScanLocale = 'fr' | 'ar';

/** A text seen on screen and where: the screen's name and the element that holds it. */
export interface SeenText {
  text: string;
  where: string;
}

export interface UntranslatedText extends SeenText {
  /** The English text it is, or why it reads as English. */
  reason: string;
}

/** English words that French never uses as words of its own: two of them make a sentence English. */
const englishGrammarWords = new Set([
  'the', 'of', 'and', 'is', 'are', 'was', 'were', 'be', 'been', 'to', 'for', 'with', 'this', 'that', 'these', 'those',
  'from', 'which', 'has', 'have', 'had', 'it', 'its', 'not', 'cannot', 'can', 'could', 'would', 'should', 'will', 'your',
  'you', 'there', 'their', 'what', 'when', 'where', 'into', 'no', 'or', 'by', 'at', 'an', 'any', 'all', 'each', 'here',
  'please', 'yet', 'than', 'then', 'does', 'do', "isn't", "can't", "don't",
]);

/** The language switch names each language in its own words on every screen: never a finding. */
const languageNames = ['English', 'Français', 'العربية'];

type Tree = { [key: string]: unknown };

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every string under a JSON value with its path. */
function strings(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`).forEach((s, p) => out.set(p, s)));
  else if (isTree(value)) for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k).forEach((s, p) => out.set(p, s));
  return out;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function localeTexts(locale: string): Map<string, string> {
  const areas = readdirSync(localesDir).filter((name) => statSync(join(localesDir, name)).isDirectory());
  const files = [join(localesDir, `${locale}.json`), ...areas.map((area) => join(localesDir, area, `${locale}.json`))];
  const out = new Map<string, string>();
  for (const file of files) strings(readJson(file)).forEach((text, key) => out.set(key, text));
  return out;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** The English texts of the interface and of the catalogue that read differently in `locale`. */
export function englishTexts(locale: ScanLocale): string[] {
  const english = localeTexts('en');
  const other = localeTexts(locale);
  const otherValues = new Set(other.values());
  const out = new Set<string>();
  for (const [key, text] of english) {
    const translated = other.get(key) ?? other.get(key.replace(pluralSuffix, '_other'));
    if (translated !== text && !otherValues.has(text)) out.add(text);
  }
  // The catalogue writes its texts as { en, fr, ar }: the English one must not show in French or Arabic.
  for (const file of readdirSync(catalogueDir)) {
    const texts = strings(readJson(join(catalogueDir, file)));
    for (const [path, text] of texts) {
      if (!path.endsWith('.en')) continue;
      const translated = texts.get(`${path.slice(0, -3)}.${locale}`);
      if (translated !== undefined && translated !== text) out.add(text);
    }
  }
  return [...out];
}

/** Every cell of the sample city's files: its citations, publishers and names are data a user would have typed. */
/** Every string inside a parsed JSON value. */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** The sample city's data files and its peers' (resources/sample-city/peers/<city>/), the bundles made from them left out. */
function sampleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sampleFiles(join(dir, entry.name)).map((file) => join(entry.name, file)) : /\.(json|csv)$/.test(entry.name) ? [entry.name] : [],
  );
}

export function sampleCityData(): string[] {
  const out = new Set<string>();
  for (const file of sampleFiles(sampleCityDir)) {
    // The JSON files (the priority paper and its versions) hold their texts as string values.
    if (file.endsWith('.json')) {
      // A text of several lines (peer advice) is shown line by line: each line is data too.
      for (const text of jsonStrings(JSON.parse(readFileSync(join(sampleCityDir, file), 'utf8')))) for (const part of [text, ...text.split('\n')]) if (part.trim()) out.add(part.trim());
      continue;
    }
    for (const line of readFileSync(join(sampleCityDir, file), 'utf8').split(/\r?\n/)) {
      for (const match of line.matchAll(/"((?:[^"]|"")*)"|([^,]+)/g)) {
        const cell = (match[1]?.replaceAll('""', '"') ?? match[2] ?? '').trim();
        if (cell) out.add(cell);
      }
    }
  }
  return [...out];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface EnglishPattern {
  english: string;
  /** Matches a screen text that is this English text, its placeholders filled with anything. */
  whole: RegExp;
  /** Long texts without placeholders are also found inside a longer text. */
  inside: boolean;
}

/** Literal words of a text once its placeholders and tags are gone. */
function literalWords(text: string): string[] {
  return text.replace(/\{\{[^}]*\}\}|<[^>]*>|\$t\([^)]*\)/g, ' ').match(/[A-Za-z][A-Za-z’']+/g) ?? [];
}

function patternOf(english: string): EnglishPattern | null {
  const words = literalWords(english);
  // "OK", "{{count}} %", a lone code: nothing a reader could call an English sentence.
  if (words.length === 0 || (words.length === 1 && (words[0]?.length ?? 0) < 4)) return null;
  const parts = english.trim().split(/\{\{[^}]*\}\}|<[^>]*>/);
  // Spaces kept: "Group {{number}}" must not match the French "Groupe 1".
  const whole = new RegExp(`^${parts.map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+')).join('.+?')}$`, 's');
  return { english, whole, inside: words.length >= 3 && !/\{\{|</.test(english) };
}

/** The heuristic net: a Latin-script run with two English grammar words, in a text of at least four words. */
function readsAsEnglish(text: string): string | null {
  const words = text.toLowerCase().match(/[a-z][a-z’']*/g) ?? [];
  if (words.length < 4) return null;
  const grammar = words.filter((w) => englishGrammarWords.has(w.replace('’', "'")));
  return new Set(grammar).size >= 2 ? `reads as English (${[...new Set(grammar)].join(', ')})` : null;
}

/** A list of the interface's English words ("indicator, period, sex, age"): a column list left in English. */
function englishList(text: string, englishWords: ReadonlySet<string>): string | null {
  const items = text.split(/\s*[,،]\s*/).filter((item) => item !== '');
  if (items.length < 3) return null;
  const english = items.filter((item) => englishWords.has(item.toLowerCase()));
  return english.length >= 3 && english.length * 2 >= items.length ? `a list of English words (${english.join(', ')})` : null;
}

/** A detector for one language: give it what a screen shows, it answers what is English there. */
export function untranslatedDetector(english: readonly string[], data: readonly string[]) {
  const patterns = english.map(patternOf).filter((p): p is EnglishPattern => p !== null);
  const known = new Set([...data, ...languageNames].map((d) => d.trim()));
  const dataInside = [...known].filter((d) => d.length >= 12);
  const englishWords = new Set(english.filter((e) => /^[A-Za-z][A-Za-z ]*$/.test(e)).map((e) => e.toLowerCase()));
  return (seen: readonly SeenText[]): UntranslatedText[] => {
    const found: UntranslatedText[] = [];
    for (const item of seen) {
      const text = item.text.replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim();
      if (text === '' || known.has(text)) continue;
      // A sentence around a citation the user typed: judge only what is left of it.
      const rest = dataInside.reduce((left, d) => left.replaceAll(d, ' … '), text);
      const exact = patterns.find((p) => p.whole.test(rest) || (p.inside && rest.includes(p.english)));
      if (exact) {
        found.push({ ...item, text, reason: `the English text "${exact.english}"` });
        continue;
      }
      const list = englishList(rest, englishWords);
      if (list) {
        found.push({ ...item, text, reason: list });
        continue;
      }
      const heuristic = readsAsEnglish(rest);
      if (heuristic) found.push({ ...item, text, reason: heuristic });
    }
    return found;
  };
}

/**
 * What a screen shows a reader: visible text nodes, and the names and hints of visible elements
 * (aria-label, title, placeholder, alt), each with a short path to where it sits.
 */
export async function visibleTexts(page: Page, screen: string): Promise<SeenText[]> {
  const seen = await page.evaluate(() => {
    const out: Array<{ text: string; where: string }> = [];
    const describe = (element: Element): string => {
      const path: string[] = [];
      for (let e: Element | null = element; e && e !== document.body && path.length < 4; e = e.parentElement) {
        const id = e.id ? `#${e.id}` : '';
        const testId = e.getAttribute('data-testid');
        const cls = typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/)[0]}` : '';
        path.unshift(`${e.tagName.toLowerCase()}${id}${testId ? `[data-testid=${testId}]` : cls}`);
      }
      return path.join(' > ');
    };
    const visible = (element: Element): boolean =>
      element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) ||
      // The options of a closed list are read out all the same.
      (element.closest('select')?.checkVisibility() ?? false);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || text === '' || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName) || !visible(parent)) continue;
      out.push({ text, where: describe(parent) });
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-description]')) {
      if (!visible(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const text = element.getAttribute(name)?.trim();
        if (text) out.push({ text, where: `${describe(element)} @${name}` });
      }
    }
    return out;
  });
  return seen.map((s) => ({ text: s.text, where: `${screen}: ${s.where}` }));
}
