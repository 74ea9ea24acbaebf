import type { ObservationKey } from '../../../../shared/domain/observation-table';

/** One string per observation key, for maps. */
export function rowKey(key: ObservationKey): string {
  return [key.indicator, key.period, key.sex, key.age, key.status, key.origin, key.area].join('\u0001');
}

export const keyWhere = 'indicator = @indicator AND period = @period AND sex = @sex AND age = @age AND status = @status AND origin = @origin AND area = @area';
