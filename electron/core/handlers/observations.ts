import { OwnCity, readScope } from '../city/own-city';
import { listSources, readSource } from '../sources/source-queries';
import { updateSource } from '../sources/source-writer';
import { readOwnCity } from '../city/city-queries';
import { readDataGaps } from '../observations/dashboard/data-gaps';
import { readIndicatorPanels } from '../observations/dashboard/indicator-panels';
import { deleteObservations, restoreObservations, saveObservation } from '../observations/table/edit-observations';
import { readObservationPage } from '../observations/table/observation-page';
import { defaultThreshold } from '../observations/export/suppression';
import type { DomainHandlers } from './handler-types';

export const observationHandlers = {
  'dashboard.indicator': (ctx, input) => readIndicatorPanels(ctx.db, readScope(ctx.db, input.city), input.indicator),
  'dashboard.gaps': (ctx, input) => readDataGaps(ctx.db, readScope(ctx.db, input.city)),
  'observations.page': (ctx, input) => readObservationPage(ctx.db, readScope(ctx.db, input.city), input),
  'observations.save': (ctx, input) => saveObservation(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.original, input.draft),
  'observations.delete': (ctx, input) => ({ removed: deleteObservations(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.keys) }),
  'observations.restore': (ctx, input) => ({ restored: restoreObservations(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.rows, input.remove) }),
  'exports.start': (ctx, input) => {
    const city = readScope(ctx.db, input.city);
    const stamp = ctx.now().toISOString().slice(0, 10);
    // Written like any export (suppressed, neutralised, atomic), then handed to the interface to save.
    return ctx.exports.start(
      { city, filter: input.filter, format: input.format, threshold: defaultThreshold },
      {
        name: `focal-${city}-observations-${stamp}.${input.format}`,
        mediaType: input.format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    );
  },
  'exports.job': (ctx, input) => ctx.exports.get(input.job),
  'exports.take': (ctx, input) => ctx.exports.take(input.job),
  'sources.update': (ctx, input) => {
    const city = OwnCity.of(ctx.db);
    updateSource(ctx.db, city, input.id, { citation: input.citation, publisher: input.publisher, year: input.year, kind: input.kind, titles: input.titles }, ctx.now());
    return readSource(ctx.db, city.code, input.id);
  },
  'sources.list': (ctx, input) => {
    if (input.city === undefined && readOwnCity(ctx.db) === null) return [];
    return listSources(ctx.db, readScope(ctx.db, input.city));
  },
} satisfies DomainHandlers<
  'dashboard.indicator' | 'dashboard.gaps' | 'observations.page' | 'observations.save' | 'observations.delete' | 'observations.restore' | 'exports.start' | 'exports.job' | 'exports.take' | 'sources.update' | 'sources.list'
>;
