import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { ComparedCity, IndicatorComparison } from '../../../shared/domain/city-comparison';
import { Labels } from '../../../shared/domain/labels';
import { FocalError } from '../errors';
import { readIndicatorPanels } from '../observations/dashboard/indicator-panels';

const focusGroups = { women: { dimension: 'sex', code: 'F' }, youth: { dimension: 'age', code: 'Y15T24' }, refugees: { dimension: 'status', code: 'REF' } } as const;

const CityRow = z.object({ code: z.string(), names: z.string(), is_self: z.number() });

/**
 * One indicator across the cities that have it — the own city and every peer whose bundle brought
 * it — each with its latest figure, year and source and, in that period, the figures for women,
 * youth and refugees where reported. Peer figures are read from each peer's space as it sent them.
 */
export function compareIndicator(db: Database, code: string): IndicatorComparison {
  const cities = z.array(CityRow).parse(db.prepare('SELECT code, names, is_self FROM cities ORDER BY is_self DESC, code').all());
  const own = cities.find((c) => c.is_self === 1);
  if (!own) throw new FocalError('not_initialised', 'No city is set up yet.');
  const base = readIndicatorPanels(db, own.code, code).indicator;
  const compared: ComparedCity[] = [];
  for (const city of cities) {
    const known = db.prepare('SELECT 1 FROM indicator_scope WHERE scope = ? AND code = ?').get(city.code, code);
    if (known === undefined) continue;
    const panels = readIndicatorPanels(db, city.code, code);
    const latest = panels.series[panels.series.length - 1];
    if (!latest) continue;
    const at = (group: keyof typeof focusGroups): number | null =>
      panels.breakdowns.find((b) => b.period === latest.period && b.dimension === focusGroups[group].dimension && b.code === focusGroups[group].code)?.value ?? null;
    compared.push({ city: city.code, names: Labels.parse(JSON.parse(city.names)), own: city.is_self === 1, latest, groups: { women: at('women'), youth: at('youth'), refugees: at('refugees') } });
  }
  return { indicator: { code: base.code, name: base.name, unit: base.unit }, cities: compared };
}
