import { readOwnCity } from '../city/city-queries';
import { readScope } from '../city/own-city';
import { readKeyFigures } from '../profile/key-figures';
import type { DomainHandlers } from './handler-types';

export const profileHandlers = {
  'profile.keyFigures': (ctx, input) => {
    if (input.city === undefined && readOwnCity(ctx.db) === null) return [];
    return readKeyFigures(ctx.db, readScope(ctx.db, input.city));
  },
} satisfies DomainHandlers<'profile.keyFigures'>;
