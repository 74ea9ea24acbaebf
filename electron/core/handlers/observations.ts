import { FocalError } from '../errors';
import { randomBytes } from 'node:crypto';
import { ownCityCode } from '../city/own-city';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SourceKind } from '../../../shared/domain/observation';
import { readOwnCity } from '../city/city-queries';
import { readDataGaps } from '../observations/dashboard/data-gaps';
import { readIndicatorPanels } from '../observations/dashboard/indicator-panels';
import { deleteObservations, restoreObservations, saveObservation } from '../observations/table/edit-observations';
import { readObservationPage } from '../observations/table/observation-page';
import { exportObservations } from '../observations/export/export-observations';
import { defaultThreshold } from '../observations/export/suppression';
import type { DomainHandlers } from './handler-types';

// One pass over the observations counts every source's use (observations have no index by source).
const sourcesQuery = `SELECT s.id, s.citation, s.publisher, s.year, s.kind, coalesce(u.n, 0) AS observations
    FROM sources s LEFT JOIN (SELECT source, count(*) AS n FROM observations WHERE city = @city GROUP BY source) u ON u.source = s.id
   WHERE s.city = @city`;

const SourceRow = z.object({ id: z.number(), citation: z.string(), publisher: z.string(), year: z.number().nullable(), kind: SourceKind, observations: z.number() });

export const observationHandlers = {
  'dashboard.indicator': (ctx, input) => readIndicatorPanels(ctx.db, ownCityCode(ctx.db), input.indicator),
  'dashboard.gaps': (ctx) => readDataGaps(ctx.db, ownCityCode(ctx.db)),
  'observations.page': (ctx, input) => readObservationPage(ctx.db, ownCityCode(ctx.db), input),
  'observations.save': (ctx, input) => saveObservation(ctx.db, ownCityCode(ctx.db), input.original, input.draft),
  'observations.delete': (ctx, input) => ({ removed: deleteObservations(ctx.db, ownCityCode(ctx.db), input.keys) }),
  'observations.restore': (ctx, input) => ({ restored: restoreObservations(ctx.db, ownCityCode(ctx.db), input.rows, input.remove) }),
  'observations.export': (ctx, input) => {
    const city = ownCityCode(ctx.db);
    // Written like any export (suppressed, neutralised, atomic), then handed to the interface to save.
    mkdirSync(ctx.paths.importsDir, { recursive: true, mode: 0o700 });
    const file = join(ctx.paths.importsDir, `export-${randomBytes(8).toString('hex')}.${input.format}`);
    try {
      const result = exportObservations(ctx.db, city, input.filter, { file, format: input.format, threshold: defaultThreshold });
      const stamp = ctx.now().toISOString().slice(0, 10);
      return {
        name: `focal-${city}-observations-${stamp}.${input.format}`,
        mediaType: input.format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: readFileSync(file).toString('base64'),
        rows: result.rows,
        suppressed: result.suppressed,
      };
    } finally {
      rmSync(file, { force: true });
    }
  },
  'sources.update': (ctx, input) => {
    const city = ownCityCode(ctx.db);
    const clash = ctx.db.prepare('SELECT 1 FROM sources WHERE city = ? AND citation = ? AND id <> ?').get(city, input.citation, input.id);
    if (clash) throw new FocalError('conflict', 'Another source already has this citation; keep one of them.');
    const changed = ctx.db.prepare('UPDATE sources SET citation = @citation, publisher = @publisher, year = @year, kind = @kind WHERE id = @id AND city = @city').run({ ...input, city });
    if (changed.changes === 0) throw new FocalError('not_found', 'This source no longer exists.');
    return SourceRow.parse(ctx.db.prepare(`${sourcesQuery} AND s.id = @id`).get({ city, id: input.id }));
  },
  'sources.list': (ctx) => {
    const city = readOwnCity(ctx.db);
    if (!city) return [];
    return z
      .array(SourceRow)
      .parse(
        ctx.db.prepare(`${sourcesQuery} ORDER BY s.citation`).all({ city: city.code }),
      );
  },
} satisfies DomainHandlers<
  'dashboard.indicator' | 'dashboard.gaps' | 'observations.page' | 'observations.save' | 'observations.delete' | 'observations.restore' | 'observations.export' | 'sources.update' | 'sources.list'
>;
