import type { UiLocale } from '../../../shared/domain/locales';

/**
 * The core words its messages in English (for the command line and the logs) beside a stable code.
 * Its words reach only someone reading the interface in English; everyone else gets `translated()`,
 * the interface's own sentence for the code: never English inside the Arabic or French screens.
 */
export function inUserLanguage(locale: UiLocale, english: string, translated: () => string): string {
  return locale === 'en' && english.trim() !== '' ? english : translated();
}
