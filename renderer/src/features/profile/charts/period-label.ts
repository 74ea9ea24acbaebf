import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const yearOnly = /^(\d{4})$/;
const halfOrQuarter = /^(\d{4})-([SQ])(\d)$/;
const month = /^(\d{4})-(\d{2})$/;
const day = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Periods ('2024', '2024-S1', '2024-Q3', '2024-05', '2024-05-17') written the interface language's
 * way, through Intl (Arabic digits in Arabic). Dates are built in UTC and formatted in UTC so that
 * no time zone moves a period into the one before. Anything else is shown as it is stored.
 */
export function usePeriodLabel(): (period: string) => string {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const years = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
    const months = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
    const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const digits = new Intl.NumberFormat(locale, { useGrouping: false });
    const utc = (y: string, m = '1', d = '1') => new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return (period: string) => {
      const y = yearOnly.exec(period);
      if (y?.[1]) return years.format(utc(y[1]));
      const part = halfOrQuarter.exec(period);
      if (part?.[1] && part[3]) {
        const year = years.format(utc(part[1]));
        return t(part[2] === 'S' ? 'charts.periods.half' : 'charts.periods.quarter', { year, number: digits.format(Number(part[3])) });
      }
      const m = month.exec(period);
      if (m?.[1] && m[2]) return months.format(utc(m[1], m[2]));
      const d = day.exec(period);
      if (d?.[1] && d[2] && d[3]) return days.format(utc(d[1], d[2], d[3]));
      return period;
    };
  }, [locale, t]);
}
