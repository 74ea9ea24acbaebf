/** The languages the interface is translated into. */
export const uiLocales = ['en', 'fr', 'ar'] as const;
export type UiLocale = (typeof uiLocales)[number];

/** Languages a city may work in (domain.md §2); the interface itself speaks uiLocales. */
export const workingLanguages = ['en', 'fr', 'ar', 'es', 'it', 'pt'] as const;
export type WorkingLanguage = (typeof workingLanguages)[number];

export const rtlLocales: ReadonlySet<string> = new Set(['ar']);

export function directionOf(locale: string): 'rtl' | 'ltr' {
  return rtlLocales.has(locale) ? 'rtl' : 'ltr';
}
