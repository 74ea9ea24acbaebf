import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Activity } from '../../../shared/domain/activity';
import type { CommitmentText } from '../../../shared/domain/commitment';
import type { UiLocale } from '../../../shared/domain/locales';
import type { OwnCity } from '../city/own-city';
import { localDay } from '../commitments/commitment-progress';
import { saveCommitment } from '../commitments/commitment-writer';
import { FocalError } from '../errors';
import { findActivity } from './activity-queries';
import { saveActivity } from './activity-writer';

export interface FollowUpRequest {
  activity: string;
  followUp: string;
  locale: UiLocale;
  note: string;
}

/**
 * Turns a follow-up into a planned commitment and links the follow-up to it. Both go through their
 * kind's one writer; dispatch runs the whole in one transaction, so a refusal of either leaves neither.
 */
export function followUpToCommitment(db: Database, city: OwnCity, now: Date, request: FollowUpRequest): { commitment: string; activity: Activity } {
  const activity = findActivity(db, city.code, request.activity);
  if (!activity) throw new FocalError('not_found', 'This activity does not exist or was removed.');
  const followUp = activity.followUps.find((f) => f.uid === request.followUp);
  if (!followUp) throw new FocalError('not_found', 'This follow-up is not part of the activity (save the activity first).');
  if (followUp.commitment !== null) throw new FocalError('conflict', 'This follow-up is already a commitment.');

  const noText: CommitmentText = { title: '', description: '' };
  const title = titleOf(followUp.text);
  // The whole text stays as the description when the title had to shorten it.
  const texts = { en: noText, fr: noText, ar: noText, [request.locale]: { title, description: title === followUp.text ? '' : followUp.text } };
  const commitment = saveCommitment(db, city, now, {
    original: request.locale,
    texts,
    domains: [],
    targetGroups: [],
    tags: [],
    owner: '',
    start: null,
    due: null,
    status: 'planned',
    statusReason: '',
    tasks: [],
    targets: [],
    notes: [{ uid: randomUUID(), date: localDay(now), text: request.note }],
    confirmedTranslations: [],
  });
  const linked = saveActivity(db, city, now, {
    ...activity,
    baseRevision: activity.revision,
    followUps: activity.followUps.map((f) => (f.uid === followUp.uid ? { ...f, commitment: commitment.uid } : f)),
  });
  return { commitment: commitment.uid, activity: linked };
}

/** A commitment's title is one line of at most 200 characters: the follow-up's first line, shortened at a word. */
function titleOf(text: string): string {
  const line = text.split('\n')[0]?.trim() ?? '';
  if (line.length <= 200) return line;
  const cut = line.slice(0, 199);
  const space = cut.lastIndexOf(' ');
  return `${(space > 100 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
