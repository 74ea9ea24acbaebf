/**
 * Periods are strings, the same everywhere: `2024`, `2024-S1`, `2024-Q3`, `2024-05`, `2024-05-17`.
 * Sorting them as text sorts them in time within one granularity.
 */
const pattern = /^(\d{4})(?:-(?:S([12])|Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/;

export function isValidPeriod(period: string): boolean {
  const match = pattern.exec(period);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1900 || year > 2100) return false;
  const [, , , , month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/**
 * Reads a period the way spreadsheets write it — a number 2024, "2024 Q3", "Q3 2024", "T3 2024"
 * (trimestre), "2024/05" — and returns its canonical form, or null.
 */
export function normalisePeriod(raw: string | number): string | null {
  const text = String(raw).trim().toUpperCase().replace(/\s+/g, ' ');
  if (isValidPeriod(text)) return text;
  const quarter = /^(?:(\d{4})[ -/]?[QT]([1-4])|[QT]([1-4])[ -/]?(\d{4}))$/.exec(text);
  if (quarter) return checked(`${quarter[1] ?? quarter[4]}-Q${quarter[2] ?? quarter[3]}`);
  const half = /^(?:(\d{4})[ -/]?[SH]([12])|[SH]([12])[ -/]?(\d{4}))$/.exec(text);
  if (half) return checked(`${half[1] ?? half[4]}-S${half[2] ?? half[3]}`);
  const yearNumber = /^(\d{4})\.0+$/.exec(text);
  if (yearNumber?.[1]) return checked(yearNumber[1]);
  const month = /^(\d{4})[/.](\d{1,2})$/.exec(text);
  if (month?.[1] && month[2]) return checked(`${month[1]}-${month[2].padStart(2, '0')}`);
  return null;
}

function checked(period: string): string | null {
  return isValidPeriod(period) ? period : null;
}

/**
 * The time a period covers, as Unix milliseconds (UTC): from its first instant to the first instant
 * after it. `2024` → 1 Jan 2024 to 1 Jan 2025; `2024-Q3` → 1 Jul to 1 Oct; `2024-05-17` → that day.
 * Periods of different lengths compare by these bounds (2024 and 2024-Q4 end together).
 */
export function periodSpan(period: string): { start: number; end: number } | null {
  const match = pattern.exec(period);
  if (!match || !isValidPeriod(period)) return null;
  const year = Number(match[1]);
  const [, , half, quarter, month, day] = match;
  if (half !== undefined) {
    const first = (Number(half) - 1) * 6;
    return { start: Date.UTC(year, first, 1), end: Date.UTC(year, first + 6, 1) };
  }
  if (quarter !== undefined) {
    const first = (Number(quarter) - 1) * 3;
    return { start: Date.UTC(year, first, 1), end: Date.UTC(year, first + 3, 1) };
  }
  if (month === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  const m = Number(month) - 1;
  if (day === undefined) return { start: Date.UTC(year, m, 1), end: Date.UTC(year, m + 1, 1) };
  const d = Number(day);
  return { start: Date.UTC(year, m, d), end: Date.UTC(year, m, d + 1) };
}

/**
 * The calendar day of an instant by the machine's own calendar, `YYYY-MM-DD` (as a date input gives
 * it): a deadline is missed, and today is drawn, by the focal point's calendar, not by UTC's.
 */
export function calendarDay(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
