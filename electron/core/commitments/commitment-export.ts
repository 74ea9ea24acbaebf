import type { Database } from 'better-sqlite3';
import { commitmentWords } from '../../../shared/domain/commitment-words';
import type { UiLocale } from '../../../shared/domain/locales';
import { readOwnCity } from '../city/city-queries';
import type { OwnCity } from '../city/own-city';
import { commitmentsCsv } from './commitment-csv';
import { viewCommitment } from './commitment-progress';
import { listCommitments } from './commitment-queries';
import { deadlineCalendar } from './deadline-calendar';

export type CommitmentFileFormat = 'ics' | 'csv';

export interface CommitmentFile {
  name: string;
  mediaType: string;
  text: string;
}

/**
 * The city's plan as a file: its deadlines as an ICS calendar (a re-import updates the same events)
 * or its commitments as a CSV with the computed progress. Only the own city's plan: a peer's
 * deadlines are not the city's to put in a calendar.
 */
export function commitmentFile(db: Database, city: OwnCity, format: CommitmentFileFormat, locale: UiLocale, today: string): CommitmentFile {
  const commitments = listCommitments(db, city.code);
  const profile = readOwnCity(db);
  const cityName = profile?.names[locale] ?? city.code;
  if (format === 'ics') {
    const text = deadlineCalendar({ commitments, city: { code: city.code, name: cityName }, locale, labels: commitmentWords[locale] });
    return { name: `${city.code}-deadlines.ics`, mediaType: 'text/calendar; charset=utf-8', text };
  }
  const progress = new Map(commitments.map((c) => [c.uid, viewCommitment(db, c, today).progress ?? '']));
  return { name: `${city.code}-commitments.csv`, mediaType: 'text/csv; charset=utf-8', text: commitmentsCsv(commitments, progress) };
}
