import type { Activity, ActivityInput, ActivityKind, FollowUp, ParticipantCount, ParticipantSex } from '../../../../shared/domain/activity';
import { participantSexes } from '../../../../shared/domain/activity';
import type { WorkingLanguage } from '../../../../shared/domain/locales';

/**
 * The activity form's state: what the user types, kept as text until it is sent (a count field may
 * be blank or half typed), and turned into the contract's input in one place.
 */
export interface ActivityFormState {
  uid: string | undefined;
  baseRevision: number | undefined;
  kind: ActivityKind;
  title: string;
  language: WorkingLanguage;
  date: string;
  endDate: string;
  place: string;
  host: string;
  /** One city per line, as typed. */
  cities: string;
  /** Counts by `${sex}:${age}`, as typed. */
  participants: Record<string, string>;
  outputs: string;
  followUps: FollowUp[];
}

export const cellKey = (sex: ParticipantSex, age: string): string => `${sex}:${age}`;

export function newActivity(language: WorkingLanguage, today: string): ActivityFormState {
  return { uid: undefined, baseRevision: undefined, kind: 'meeting', title: '', language, date: today, endDate: '', place: '', host: '', cities: '', participants: {}, outputs: '', followUps: [] };
}

export function formOf(activity: Activity): ActivityFormState {
  return {
    uid: activity.uid,
    baseRevision: activity.revision,
    kind: activity.kind,
    title: activity.title,
    language: activity.language,
    date: activity.date,
    endDate: activity.endDate ?? '',
    place: activity.place,
    host: activity.host,
    cities: activity.cities.join('\n'),
    participants: Object.fromEntries(activity.participants.map((cell) => [cellKey(cell.sex, cell.age), String(cell.count)])),
    outputs: activity.outputs,
    followUps: activity.followUps,
  };
}

/** A count as typed: digits in any script the keyboard gives (Arabic-Indic too); blank is none. */
export function countOf(text: string): number | null {
  const western = text.trim().replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  if (western === '') return 0;
  return /^\d{1,7}$/.test(western) ? Number(western) : null;
}

/** The cells of the grid with a count, for the contract and for the totals. */
export function participantCells(state: Pick<ActivityFormState, 'participants'>, ages: readonly string[]): ParticipantCount[] {
  return participantSexes.flatMap((sex) => ages.map((age) => ({ sex, age, count: countOf(state.participants[cellKey(sex, age)] ?? '') ?? 0 }))).filter((cell) => cell.count > 0);
}

export function inputOf(state: ActivityFormState, ages: readonly string[]): ActivityInput {
  return {
    ...(state.uid === undefined ? {} : { uid: state.uid }),
    ...(state.baseRevision === undefined ? {} : { baseRevision: state.baseRevision }),
    kind: state.kind,
    title: state.title,
    language: state.language,
    date: state.date,
    endDate: state.endDate === '' ? null : state.endDate,
    place: state.place,
    host: state.host,
    cities: state.cities
      .split('\n')
      .map((city) => city.trim())
      .filter((city) => city !== ''),
    participants: participantCells(state, ages),
    outputs: state.outputs,
    followUps: state.followUps,
  };
}
