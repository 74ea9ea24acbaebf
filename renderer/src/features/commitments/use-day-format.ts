import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A calendar day (`2026-06-30`) in the interface language. The day is read and written in UTC, so
 * no time zone west of Greenwich shows a due date as the day before.
 */
export function useDayFormat(): (day: string) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    return (day: string) => {
      const date = new Date(`${day}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? day : format.format(date);
    };
  }, [locale]);
}
