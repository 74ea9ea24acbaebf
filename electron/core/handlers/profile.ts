import { readOwnCity } from '../city/city-queries';
import { readKeyFigures } from '../profile/key-figures';
import type { DomainHandlers } from './handler-types';

export const profileHandlers = {
  'profile.keyFigures': (ctx) => {
    const city = readOwnCity(ctx.db);
    return city ? readKeyFigures(ctx.db, city.code) : [];
  },
} satisfies DomainHandlers<'profile.keyFigures'>;
