import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf, uiLocales, type UiLocale } from '../../../shared/domain/locales';
import { isolatingFormatter } from './isolating-formatter';
import ar from './locales/ar.json';
import arActivities from './locales/activities/ar.json';
import arAdvice from './locales/advice/ar.json';
import arExchange from './locales/exchange/ar.json';
import arAssessment from './locales/assessment/ar.json';
import arCharts from './locales/charts/ar.json';
import arCommitments from './locales/commitments/ar.json';
import arNarrative from './locales/narrative/ar.json';
import arPaper from './locales/paper/ar.json';
import arTable from './locales/table/ar.json';
import arTimeline from './locales/timeline/ar.json';
import arUnsaved from './locales/unsaved/ar.json';
import en from './locales/en.json';
import enActivities from './locales/activities/en.json';
import enAdvice from './locales/advice/en.json';
import enExchange from './locales/exchange/en.json';
import enAssessment from './locales/assessment/en.json';
import enCharts from './locales/charts/en.json';
import enCommitments from './locales/commitments/en.json';
import enNarrative from './locales/narrative/en.json';
import enPaper from './locales/paper/en.json';
import enTable from './locales/table/en.json';
import enTimeline from './locales/timeline/en.json';
import enUnsaved from './locales/unsaved/en.json';
import fr from './locales/fr.json';
import frActivities from './locales/activities/fr.json';
import frAdvice from './locales/advice/fr.json';
import frExchange from './locales/exchange/fr.json';
import frAssessment from './locales/assessment/fr.json';
import frCharts from './locales/charts/fr.json';
import frCommitments from './locales/commitments/fr.json';
import frNarrative from './locales/narrative/fr.json';
import frPaper from './locales/paper/fr.json';
import frTable from './locales/table/fr.json';
import frTimeline from './locales/timeline/fr.json';
import frUnsaved from './locales/unsaved/fr.json';

/**
 * The texts of each language come in several files, one per area of the interface (the shell,
 * the data table and import, the charts, the narrative and report, the programme timeline, the priority paper), so that work on one area never
 * touches another's file. Each file owns its top-level keys.
 */
function joined(...parts: object[]): Record<string, unknown> {
  const whole: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in whole) throw new Error(`Two translation files define "${key}".`);
      whole[key] = value;
    }
  }
  return whole;
}

export const resources = {
  en: { translation: joined(en, enTable, enCharts, enNarrative, enUnsaved, enTimeline, enActivities, enAssessment, enCommitments, enPaper, enExchange, enAdvice) },
  fr: { translation: joined(fr, frTable, frCharts, frNarrative, frUnsaved, frTimeline, frActivities, frAssessment, frCommitments, frPaper, frExchange, frAdvice) },
  ar: { translation: joined(ar, arTable, arCharts, arNarrative, arUnsaved, arTimeline, arActivities, arAssessment, arCommitments, arPaper, arExchange, arAdvice) },
};

export function asUiLocale(value: string | null | undefined): UiLocale | null {
  return uiLocales.find((l) => l === value) ?? null;
}

/** The browser's first preferred language that Focal speaks, else English. */
export function preferredLocale(languages: readonly string[]): UiLocale {
  for (const tag of languages) {
    const locale = asUiLocale(tag.toLowerCase().split('-')[0]);
    if (locale) return locale;
  }
  return 'en';
}

/** Keeps <html lang dir> in step with the language: Arabic flips the whole layout. */
function applyToDocument(locale: string): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}

/** The texts and their rules without the document: what the window uses, and what unit tests check. */
export async function createTranslator(initial: UiLocale): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).use(isolatingFormatter()).init({
    resources,
    lng: initial,
    fallbackLng: 'en',
    supportedLngs: [...uiLocales],
    // Every value goes through the formatter, which isolates it in Arabic (isolating-formatter.ts).
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
    // A key with no text would show its code to the user: say so loudly (the end-to-end tests fail on it).
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => console.error(`Missing translation: ${key} (${languages.join(', ')})`),
  });
  return instance;
}

export async function createI18n(initial: UiLocale): Promise<i18n> {
  const instance = await createTranslator(initial);
  instance.on('languageChanged', applyToDocument);
  applyToDocument(initial);
  return instance;
}
