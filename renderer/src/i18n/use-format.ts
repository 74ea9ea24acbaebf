import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers, dates and country names in the interface language, always through Intl. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const signedDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    const bytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
    return {
      locale,
      integer: (n: number) => integer.format(n),
      decimal: (n: number) => decimal.format(n),
      /**
       * A change, with its sign: "+7,124", "-0.3". Wrapped in Unicode isolates so that inside an
       * Arabic sentence the sign stays in front of the number instead of jumping behind it.
       */
      signed: (n: number) => `\u2068${signedDecimal.format(n)}\u2069`,
      /** A value stored in percent (44 means 44 %), written the locale's way. */
      percent: (n: number) => percent.format(n / 100),
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
