import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf, uiLocales, type UiLocale } from '../../../shared/domain/locales';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';

export const resources = { en: { translation: en }, fr: { translation: fr }, ar: { translation: ar } };

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

export async function createI18n(initial: UiLocale): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', applyToDocument);
  await instance.use(initReactI18next).init({
    resources,
    lng: initial,
    fallbackLng: 'en',
    supportedLngs: [...uiLocales],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(initial);
  return instance;
}
