import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers, dates and country names in the interface language, always through Intl. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    const list = new Intl.ListFormat(locale, { style: 'short', type: 'conjunction' });
    const bytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
    return {
      locale,
      integer: (n: number) => integer.format(n),
      date: (iso: string) => date.format(new Date(iso)),
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      country: (code: string) => regions.of(code) ?? code,
      language: (code: string) => languages.of(code) ?? code,
      /** "a, b and c" with the language's own comma and conjunction (، in Arabic). */
      list: (items: string[]) => list.format(items),
      kilobytes: (n: number) => bytes.format(Math.max(1, Math.round(n / 1024))),
      /** Locale-aware ordering for lists people scan (countries, indicators). */
      compare: new Intl.Collator(locale).compare,
    };
  }, [locale]);
}
