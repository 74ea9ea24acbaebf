import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { ActivityInput } from '../../../shared/domain/activity';
import { AssessmentInput } from '../../../shared/domain/assessment';
import { IsoDate } from '../../../shared/domain/commitment';
import { saveActivity } from '../activities/activity-writer';
import { saveAssessment } from '../assessments/assessment-writer';
import type { OwnCity } from './own-city';
import { monthsBetween, shiftDate } from './sample-commitments';

/**
 * The sample city's activities and self-assessments and self-assessments are data (resources/sample-city/activities.json
 * and assessments.json) saved through their writers, dated as of the files' reference month and
 * moved to the current month like the action plan, so the latest activities are recent and the two
 * assessments stay a year apart and in the past.
 */
const SampleActivities = z.object({ reference: IsoDate, activities: z.array(ActivityInput) });
const SampleAssessments = z.object({ reference: IsoDate, assessments: z.array(AssessmentInput) });

function readJson(resourcesDir: string, file: string): unknown {
  return JSON.parse(readFileSync(join(resourcesDir, 'sample-city', file), 'utf8'));
}

export function loadSampleActivities(db: Database, city: OwnCity, resourcesDir: string, now: Date): void {
  const sample = SampleActivities.parse(readJson(resourcesDir, 'activities.json'));
  const months = monthsBetween(sample.reference, now);
  for (const activity of sample.activities) {
    saveActivity(db, city, now, { ...activity, date: shiftDate(activity.date, months), endDate: activity.endDate === null ? null : shiftDate(activity.endDate, months) });
  }
}

export function loadSampleAssessments(db: Database, city: OwnCity, resourcesDir: string, now: Date): void {
  const sample = SampleAssessments.parse(readJson(resourcesDir, 'assessments.json'));
  const months = monthsBetween(sample.reference, now);
  for (const assessment of sample.assessments) saveAssessment(db, city, now, { ...assessment, date: shiftDate(assessment.date, months) });
}
