import type { Migration } from '../migration';
import { initial } from './0010-initial';
import { catalogue } from './0020-catalogue';
import { observations } from './0030-observations';
import { observationKeys } from './0040-observation-keys';
import { profileNarratives } from './0050-profile-narratives';
import { travellingRecords } from './0060-travelling-records';
import { districts } from './0070-districts';
import { mappingTemplates } from './0080-mapping-templates';
import { sourceTitles } from './0090-source-titles';
import { commitments } from './0100-commitments';
import { priorityPaper } from './0110-priority-paper';
import { activities } from './0120-activities';
import { assessments } from './0130-assessments';
import { exchange } from './0140-exchange';
import { advice } from './0150-advice';

/** Every schema step in order. Append only: a released step is never edited. */
export const migrations: readonly Migration[] = [initial, catalogue, observations, observationKeys, profileNarratives, travellingRecords, districts, mappingTemplates, sourceTitles, commitments, priorityPaper, activities, assessments, exchange, advice];

export const latestSchemaVersion = migrations.reduce((latest, step) => Math.max(latest, step.version), 0);
