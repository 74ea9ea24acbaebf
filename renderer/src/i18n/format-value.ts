import type { Unit } from '../../../shared/domain/catalogue';
import type { useFormat } from './use-format';

type Format = ReturnType<typeof useFormat>;

/** yes / partial / no indicators store 1 / 0.5 / 0. */
export function answerKey(value: number): 'yes' | 'partial' | 'no' {
  return value >= 1 ? 'yes' : value > 0 ? 'partial' : 'no';
}

/** A value the way its unit is read: a count as a whole number, a percentage with its sign, an answer in words. */
export function formatValue(unit: Unit, value: number, format: Format, t: (key: string) => string): string {
  if (unit === 'percent') return format.percent(value);
  if (unit === 'ynp') return t(`keyFigures.ynp.${answerKey(value)}`);
  if (unit === 'count') return format.integer(value);
  return format.decimal(value);
}
