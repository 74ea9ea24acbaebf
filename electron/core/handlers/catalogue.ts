import { readOwnCity } from '../city/city-queries';
import { OwnCity, readScope } from '../city/own-city';
import { deleteCustomIndicator, saveCustomIndicator } from '../catalogue/custom-indicators';
import { readCatalogueOverview, searchIndicators } from '../catalogue/catalogue-queries';
import type { DomainHandlers } from './handler-types';

export const catalogueHandlers = {
  'catalogue.overview': (ctx) => readCatalogueOverview(ctx.db),
  'catalogue.indicators': (ctx, input) => {
    const { city, ...query } = input;
    // Before setup there is no city and the catalogue alone is listed.
    const scope = city === undefined && readOwnCity(ctx.db) === null ? null : readScope(ctx.db, city);
    return searchIndicators(ctx.db, query, scope);
  },
  'indicators.saveCustom': (ctx, input) => saveCustomIndicator(ctx.db, OwnCity.of(ctx.db), ctx.now(), input),
  'indicators.deleteCustom': (ctx, input) => {
    deleteCustomIndicator(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.code);
    return { deleted: input.code };
  },
} satisfies DomainHandlers<'catalogue.overview' | 'catalogue.indicators' | 'indicators.saveCustom' | 'indicators.deleteCustom'>;
