import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/api/result';
import { uiLocales } from '../../shared/domain/locales';
import { repoRoot } from '../support/temp-core';

const localesDir = join(repoRoot, 'renderer', 'src', 'i18n', 'locales');
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The language's file in the locales folder and in each area's subfolder. */
function localeFiles(locale: string): string[] {
  const areas = readdirSync(localesDir).filter((name) => statSync(join(localesDir, name)).isDirectory());
  return [join(localesDir, `${locale}.json`), ...areas.map((area) => join(localesDir, area, `${locale}.json`))];
}

function readTree(file: string): Tree {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isTree(parsed)) throw new Error(`${file} is not an object`);
  return parsed;
}

function load(locale: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of localeFiles(locale)) for (const [key, value] of flatten(readTree(file))) out.set(key, value);
  return out;
}

/** Plural forms differ by language (CLDR), so keys are compared without their plural suffix. */
function baseKeys(keys: Iterable<string>): string[] {
  return [...new Set([...keys].map((k) => k.replace(pluralSuffix, '')))].sort();
}

describe('translations', () => {
  const files = Object.fromEntries(uiLocales.map((l) => [l, load(l)]));

  it('are split into area files that never define the same top-level key twice', () => {
    for (const locale of uiLocales) {
      const seen = new Map<string, string>();
      for (const file of localeFiles(locale)) {
        for (const key of Object.keys(readTree(file))) {
          expect(seen.get(key), `${key} in ${relative(localesDir, file)}`).toBeUndefined();
          seen.set(key, relative(localesDir, file));
        }
      }
    }
  });

  it('have the same keys in English, French and Arabic', () => {
    const english = baseKeys(files.en?.keys() ?? []);
    expect(english.length).toBeGreaterThan(100);
    for (const locale of uiLocales) expect(baseKeys(files[locale]?.keys() ?? []), locale).toEqual(english);
  });

  it('give every plural exactly the forms its language needs', () => {
    for (const locale of uiLocales) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();
      const keys = [...(files[locale]?.keys() ?? [])];
      const plurals = new Set(keys.filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, '')));
      for (const base of plurals) {
        const forms = keys.filter((k) => k.replace(pluralSuffix, '') === base && pluralSuffix.test(k)).map((k) => pluralSuffix.exec(k)?.[1]).sort();
        expect(forms, `${locale} ${base}`).toEqual(categories);
      }
    }
  });

  it('keep every placeholder of the English text', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    const english = files.en ?? new Map<string, string>();
    for (const locale of uiLocales) {
      for (const [key, text] of files[locale] ?? []) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
        const source = english.get(key) ?? english.get(key.replace(pluralSuffix, '_other')) ?? '';
        // A zero, one or two form may say its number in words ("رقمان", two figures) instead of digits.
        const impliedNumber = /_(zero|one|two)$/.test(key) ? new Set(['count', 'formatted']) : new Set<string>();
        const expected = placeholders(source).filter((name) => !impliedNumber.has(name ?? '') || placeholders(text).includes(name));
        expect(placeholders(text), `${locale} ${key}`).toEqual(expected);
      }
    }
  });

  it('are really translated (Arabic text is Arabic)', () => {
    const arabic = [...(files.ar?.entries() ?? [])].filter(([key]) => key !== 'app.name');
    const inArabicScript = arabic.filter(([, text]) => /[\u0600-\u06FF]/.test(text));
    expect(inArabicScript.length / arabic.length).toBeGreaterThan(0.95);
  });

  it('name every error code the core can answer with', () => {
    for (const code of errorCodes) expect(files.en?.has(`errors.${code}`), code).toBe(true);
  });
});

/** Finds user-facing text written straight into JSX instead of going through i18next. */
function hardCodedStrings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const userFacingAttributes = new Set(['title', 'alt', 'placeholder', 'aria-label', 'aria-description', 'label']);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && userFacingAttributes.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && /\p{L}/u.test(node.initializer.text)) {
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteral(node.expression) && /\p{L}/u.test(node.expression.text)) {
      const parent = node.parent;
      if (!ts.isJsxAttribute(parent)) found.push(node.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return tsxFiles(full);
    return name.endsWith('.tsx') ? [full] : [];
  });
}

describe('the renderer', () => {
  /** Names of languages shown in their own script, so anyone can find theirs. */
  const allowed = new Set(['English', 'Français', 'العربية']);

  it('has no user-facing text hard-coded in JSX', () => {
    const offenders = tsxFiles(join(repoRoot, 'renderer', 'src')).flatMap((file) =>
      hardCodedStrings(file)
        .filter((text) => !allowed.has(text))
        .map((text) => `${relative(repoRoot, file)}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('would catch one (the check itself works)', () => {
    const probe = join(repoRoot, 'test', 'unit', 'fixtures', 'hard-coded.tsx');
    expect(hardCodedStrings(probe)).toEqual(['Save changes', 'title="Close"', 'Cancel']);
  });
});
