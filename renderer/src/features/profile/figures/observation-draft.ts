import type { ObservationDraft, ObservationKey, ObservationRow } from '../../../../../shared/domain/observation-table';

export const editableFields = ['indicator', 'period', 'sex', 'age', 'status', 'origin', 'area', 'value', 'source', 'note'] as const;
export type EditableField = (typeof editableFields)[number];

export function keyOf(row: ObservationKey): ObservationKey {
  return { indicator: row.indicator, period: row.period, sex: row.sex, age: row.age, status: row.status, origin: row.origin, area: row.area };
}

export function rowId(row: ObservationKey): string {
  return [row.indicator, row.period, row.sex, row.age, row.status, row.origin, row.area].join('\u0001');
}

/** Whether numbers in this language are written with a decimal comma (French) or a point. */
export function usesDecimalComma(locale: string): boolean {
  return new Intl.NumberFormat(locale).format(1.5).includes(',');
}

/** A value as the user edits it: in their language's digits and decimal mark, without grouping. */
export function editableNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
}

/** The stored row as a draft, with one field replaced by what the user typed. */
export function draftFrom(row: ObservationRow, locale: string, change: Partial<Record<EditableField, string>>): ObservationDraft {
  return {
    indicator: change.indicator ?? row.indicator,
    period: change.period ?? row.period,
    sex: change.sex ?? row.sex,
    age: change.age ?? row.age,
    status: change.status ?? row.status,
    origin: change.origin ?? row.origin,
    area: change.area ?? row.area,
    value: change.value ?? String(row.value),
    // Only a value typed by the user follows their language's decimal mark; the stored one is plain.
    decimalComma: change.value !== undefined && usesDecimalComma(locale),
    flags: row.flags,
    source: change.source ?? row.source.citation,
    note: change.note ?? row.note,
  };
}
