import { z } from 'zod';
import { CityCode } from './city';
import { IsoDate, RecordUid } from './commitment';
import { uiLocales, workingLanguages } from './locales';
import { lineText, longText } from './plain-text';

/**
 * An activity of the Dialogue strand (domain.md §1, §3): a peer-to-peer meeting, a training or a
 * study visit, with who took part counted by sex and age band (women and youth are the programme's
 * cross-cutting attention), what came out of it and what is to follow. One record that travels whole
 * (docs/data-model.md); its follow-ups keep their own ids so one can become a commitment.
 */

export const activityKinds = ['meeting', 'training', 'study_visit'] as const;
export const ActivityKind = z.enum(activityKinds);
export type ActivityKind = z.infer<typeof ActivityKind>;

/** The sex codelist (domain.md §4); X = other or not stated. */
export const participantSexes = ['F', 'M', 'X'] as const;
export const ParticipantSex = z.enum(participantSexes);
export type ParticipantSex = z.infer<typeof ParticipantSex>;

/** The age band the programme calls youth (the age codelist's `Y15T24`): always shown on its own. */
export const youthBand = 'Y15T24';

/**
 * How many participants of one sex and one age band (a code of the catalogue's age codelist, which
 * the validator checks). Cells that are not given count as none.
 */
export const ParticipantCount = z
  .object({
    sex: ParticipantSex,
    age: z.string().min(1).max(20),
    count: z.number().int().min(0).max(1_000_000),
  })
  .strict();
export type ParticipantCount = z.infer<typeof ParticipantCount>;

/** Something agreed to do next; once it became a commitment, `commitment` names it. */
export const FollowUp = z
  .object({
    uid: RecordUid,
    text: longText(1000),
    commitment: RecordUid.nullable(),
  })
  .strict();
export type FollowUp = z.infer<typeof FollowUp>;

const activityFields = {
  kind: ActivityKind,
  /** One line, in the language it was written in (`language`). */
  title: lineText(200),
  language: z.enum(workingLanguages),
  date: IsoDate,
  /** The last day of an activity over several days; null for one day. */
  endDate: IsoDate.nullable(),
  place: lineText(200),
  /** A city's name or an organisation. */
  host: lineText(200),
  /** The cities that took part, as written. */
  cities: z.array(lineText(120).pipe(z.string().min(1))).max(50),
  participants: z.array(ParticipantCount).max(60),
  outputs: longText(4000),
  followUps: z.array(FollowUp).max(100),
};

/** What the activity form sends. */
export const ActivityInput = z
  .object({
    /** Absent for a new activity; the store makes its id. */
    uid: RecordUid.optional(),
    ...activityFields,
    /** The revision the form was opened at: a save over a newer one is refused rather than lost. */
    baseRevision: z.number().int().min(0).optional(),
  })
  .strict();
export type ActivityInput = z.input<typeof ActivityInput>;
export type ActivityDraft = z.output<typeof ActivityInput>;

/** An activity as the store holds it and a bundle will carry it. */
export const Activity = z.object({
  city: CityCode,
  uid: RecordUid,
  ...activityFields,
  revision: z.number().int().min(1),
  /** Unix milliseconds of the last change. */
  updatedAt: z.number().int(),
});
export type Activity = z.infer<typeof Activity>;

/** Turning one follow-up into a planned commitment, worded in the interface's language. */
export const FollowUpToCommitment = z
  .object({
    activity: RecordUid,
    followUp: RecordUid,
    /** The language the commitment is written in: its title is the follow-up's text. */
    locale: z.enum(uiLocales),
    /** The commitment's first note, saying which activity it came from (worded by the interface). */
    note: longText(1000).pipe(z.string().min(1)),
  })
  .strict();

export const FollowUpCommitted = z.object({ commitment: RecordUid, activity: Activity });

/** Participants counted three ways: everyone, women, and youth (15–24). */
export interface ParticipantTotals {
  all: number;
  women: number;
  youth: number;
}

export function participantTotals(participants: readonly ParticipantCount[]): ParticipantTotals {
  const sum = (keep: (cell: ParticipantCount) => boolean) => participants.filter(keep).reduce((n, cell) => n + cell.count, 0);
  return { all: sum(() => true), women: sum((cell) => cell.sex === 'F'), youth: sum((cell) => cell.age === youthBand) };
}

/** The totals of several activities (the Dashboard's). */
export function sumTotals(totals: readonly ParticipantTotals[]): ParticipantTotals {
  return totals.reduce((a, b) => ({ all: a.all + b.all, women: a.women + b.women, youth: a.youth + b.youth }), { all: 0, women: 0, youth: 0 });
}
