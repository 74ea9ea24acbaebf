import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { Assessment } from '../../../shared/domain/assessment';
import type { AssessedCity, AssessmentComparison } from '../../../shared/domain/city-comparison';
import { Labels } from '../../../shared/domain/labels';
import { listAssessments } from '../assessments/assessment-queries';
import { FocalError } from '../errors';

const CityRow = z.object({ code: z.string(), names: z.string(), is_self: z.number() });

/**
 * Each city's latest self-assessment per framework — the own city's and every peer's that a bundle
 * brought — so the scores can stand side by side. Peer assessments are read from each peer's space
 * as it sent them; deleted ones are not there.
 */
export function compareAssessmentsAcrossCities(db: Database): AssessmentComparison {
  const cities = z.array(CityRow).parse(db.prepare('SELECT code, names, is_self FROM cities ORDER BY is_self DESC, code').all());
  if (!cities.some((c) => c.is_self === 1)) throw new FocalError('not_initialised', 'No city is set up yet.');
  const assessed: AssessedCity[] = [];
  for (const city of cities) {
    const latest = new Map<string, Assessment>();
    for (const assessment of listAssessments(db, city.code)) {
      const held = latest.get(assessment.framework);
      if (!held || assessment.date > held.date || (assessment.date === held.date && assessment.updatedAt > held.updatedAt)) latest.set(assessment.framework, assessment);
    }
    if (latest.size === 0) continue;
    assessed.push({ city: city.code, names: Labels.parse(JSON.parse(city.names)), own: city.is_self === 1, latest: [...latest.values()].sort((a, b) => a.framework.localeCompare(b.framework)) });
  }
  return { cities: assessed };
}
