import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/api/result';
import { dimensionCodes } from '../../shared/domain/catalogue';
import { uiLocales } from '../../shared/domain/locales';
import { importFields, importProblemCodes } from '../../shared/domain/observation-import';
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
  const files: Record<string, Map<string, string>> = Object.fromEntries(uiLocales.map((l) => [l, load(l)]));

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

  /** Keys the interface builds from a code the core sends: each needs its text in every language. */
  const missingIn = (prefix: string, codes: readonly string[], translations = files) =>
    uiLocales.flatMap((locale) => codes.filter((code) => !translations[locale]?.get(`${prefix}.${code}`)?.trim()).map((code) => `${locale}: ${prefix}.${code}`));

  it('name every error code the core or a host can answer with, in English, French and Arabic', () => {
    expect(errorCodes.length).toBeGreaterThan(10);
    expect(missingIn('errors', errorCodes)).toEqual([]);
  });

  it('word every import problem code in English, French and Arabic', () => {
    expect(importProblemCodes.length).toBeGreaterThan(20);
    expect(missingIn('table.problems', importProblemCodes)).toEqual([]);
  });

  it('name every import field and breakdown that a problem can mention, in the three languages', () => {
    expect(missingIn('import.fields', importFields)).toEqual([]);
    expect(missingIn('dimensions', dimensionCodes)).toEqual([]);
  });

  it('would notice a missing one (the check itself works)', () => {
    const french = new Map(files.fr);
    french.delete('table.problems.outlier');
    expect(missingIn('table.problems', importProblemCodes, { ...files, fr: french })).toEqual(['fr: table.problems.outlier']);
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

  it('never gives i18next a fallback text that would hide a missing translation', () => {
    const offenders = sourceFiles(join(repoRoot, 'renderer', 'src')).flatMap((file) => translationFallbacks(file).map((found) => `${relative(repoRoot, file)}: ${found}`));
    expect(offenders).toEqual([]);
  });

  it('would catch such a fallback (the check itself works)', () => {
    const probe = join(repoRoot, 'test', 'unit', 'fixtures', 'translation-fallbacks.tsx');
    expect(translationFallbacks(probe)).toEqual([
      "t('a.key', { count: 2, defaultValue: 'Two' })",
      "i18n.t('b.key', 'Fallback')",
      "t(`c.${code}`, { ...values, defaultValue: t('c.unknown') })",
    ]);
  });
});

/**
 * Calls of `t` (or `something.t`) that carry a default text: `{ defaultValue }` in the options or
 * a string as second argument. i18next would show that text instead of reporting the missing key.
 */
function translationFallbacks(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const isT = (callee: ts.Expression) => (ts.isIdentifier(callee) && callee.text === 't') || (ts.isPropertyAccessExpression(callee) && callee.name.text === 't');
  const hasDefault = (arg: ts.Expression) =>
    ts.isObjectLiteralExpression(arg) && arg.properties.some((p) => p.name !== undefined && ts.isIdentifier(p.name) && /^defaultValue/.test(p.name.text));
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && isT(node.expression)) {
      const [, second] = node.arguments;
      if (second && (ts.isStringLiteralLike(second) || hasDefault(second))) found.push(node.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}
