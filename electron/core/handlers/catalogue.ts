import { readCatalogueOverview, searchIndicators } from '../catalogue/catalogue-queries';
import type { DomainHandlers } from './handler-types';

export const catalogueHandlers = {
  'catalogue.overview': (ctx) => readCatalogueOverview(ctx.db),
  'catalogue.indicators': (ctx, input) => searchIndicators(ctx.db, input),
} satisfies DomainHandlers<'catalogue.overview' | 'catalogue.indicators'>;
