import { ownCityCode } from '../city/own-city';
import { deleteCustomIndicator, saveCustomIndicator } from '../catalogue/custom-indicators';
import { readCatalogueOverview, searchIndicators } from '../catalogue/catalogue-queries';
import type { DomainHandlers } from './handler-types';

export const catalogueHandlers = {
  'catalogue.overview': (ctx) => readCatalogueOverview(ctx.db),
  'catalogue.indicators': (ctx, input) => searchIndicators(ctx.db, input),
  'indicators.saveCustom': (ctx, input) => saveCustomIndicator(ctx.db, ownCityCode(ctx.db), input),
  'indicators.deleteCustom': (ctx, input) => {
    deleteCustomIndicator(ctx.db, ownCityCode(ctx.db), input.code);
    return { deleted: input.code };
  },
} satisfies DomainHandlers<'catalogue.overview' | 'catalogue.indicators' | 'indicators.saveCustom' | 'indicators.deleteCustom'>;
