import { useMemo } from 'react';
import { useFormat } from '../../i18n/use-format';

/** A calendar day as a local date: `new Date('2026-05-12')` would be UTC midnight, the day before west of Greenwich. */
const day = (iso: string) => new Date(`${iso}T00:00:00`);

/** An activity's day, or its span of days, in the interface language ("12–14 May 2026"). */
export function useActivityDates(): (date: string, endDate: string | null) => string {
  const { locale } = useFormat();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    return (date, endDate) => (endDate === null || endDate === date ? format.format(day(date)) : format.formatRange(day(date), day(endDate)));
  }, [locale]);
}
