import { z } from 'zod';
import { CityCode } from './city';
import { uiLocales, type UiLocale } from './locales';
import { lineText, longText } from './plain-text';
import { isValidPeriod } from './period';
import { ObservationKey } from './observation-record';

/**
 * A commitment: what the city promised in its priority paper or pilot project (domain.md §3), with
 * its tasks and milestones, its indicator targets and a dated log of notes. It is one record that
 * travels whole (docs/data-model.md): its parts have their own stable ids so a screen or a peer's
 * advice can point at one, but any change to a part raises the commitment's revision.
 */

export const commitmentStatuses = ['planned', 'in_progress', 'done', 'blocked', 'dropped'] as const;
export const CommitmentStatus = z.enum(commitmentStatuses);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

/**
 * Which status may follow which. Any status may stay as it is. `done` and `dropped` can be reopened
 * (a council revives a measure); nothing jumps from `dropped` straight to `done`, which would claim
 * work that was given up.
 */
export const statusTransitions: Readonly<Record<CommitmentStatus, readonly CommitmentStatus[]>> = {
  planned: ['in_progress', 'blocked', 'dropped', 'done'],
  in_progress: ['planned', 'done', 'blocked', 'dropped'],
  blocked: ['planned', 'in_progress', 'dropped'],
  done: ['in_progress'],
  dropped: ['planned'],
};

/** Statuses that say why in a reason: the city's peers and council will ask. */
export const statusesNeedingReason: ReadonlySet<CommitmentStatus> = new Set(['blocked', 'dropped']);

export function canMoveStatus(from: CommitmentStatus, to: CommitmentStatus): boolean {
  return from === to || statusTransitions[from].includes(to);
}

/** A calendar day, `YYYY-MM-DD`, as a date input gives it. */
export const IsoDate = z.string().refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isValidPeriod(text), 'Give a date as YYYY-MM-DD.');
export type IsoDate = z.infer<typeof IsoDate>;

/** A random id made where the record was created (a UUID v4); never reused. */
export const RecordUid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'Not a record id.');

/** A title and description in one language; '' = not written in that language yet. */
export const CommitmentText = z.object({ title: lineText(200), description: longText(4000) }).strict();
export type CommitmentText = z.infer<typeof CommitmentText>;

const textsShape = { en: CommitmentText, fr: CommitmentText, ar: CommitmentText };
export const CommitmentTexts = z.object(textsShape).strict();
export type CommitmentTexts = z.infer<typeof CommitmentTexts>;

export const TaskKind = z.enum(['task', 'milestone']);
export type TaskKind = z.infer<typeof TaskKind>;

export const CommitmentTask = z
  .object({
    uid: RecordUid,
    kind: TaskKind,
    title: lineText(200).pipe(z.string().min(1, 'A task needs a title.')),
    due: IsoDate.nullable(),
    done: z.boolean(),
  })
  .strict();
export type CommitmentTask = z.infer<typeof CommitmentTask>;

export const CommitmentNote = z
  .object({
    uid: RecordUid,
    date: IsoDate,
    text: longText(4000).pipe(z.string().min(1, 'A note needs some text.')),
  })
  .strict();
export type CommitmentNote = z.infer<typeof CommitmentNote>;

/** The direction in which the city wants the figure to move. */
export const TargetDirection = z.enum(['increase', 'decrease']);
export type TargetDirection = z.infer<typeof TargetDirection>;

/** The breakdown a target follows ('' = total), as in an observation's key. */
export const TargetBreakdown = ObservationKey.omit({ indicator: true, period: true });
export type TargetBreakdown = z.infer<typeof TargetBreakdown>;

const PeriodText = z.string().refine(isValidPeriod, 'Give a period such as 2024, 2024-Q3 or 2024-05.');

/** An indicator target: results chain commitment → indicator → baseline → target → actual (IATI). */
export const IndicatorTarget = z
  .object({
    uid: RecordUid,
    indicator: z.string().min(1).max(120),
    breakdown: TargetBreakdown,
    baseline: z.object({ value: z.number().finite(), period: PeriodText }).strict(),
    target: z.object({ value: z.number().finite(), period: PeriodText }).strict(),
    direction: TargetDirection,
  })
  .strict();
export type IndicatorTarget = z.infer<typeof IndicatorTarget>;

/** What the commitment form sends: the whole record but its identity's bookkeeping. */
export const CommitmentInput = z
  .object({
    /** Absent for a new commitment; the store makes its id. */
    uid: RecordUid.optional(),
    /** The language the commitment was first written in: the others are its translations. */
    original: z.enum(uiLocales),
    texts: CommitmentTexts,
    domains: z.array(z.string().min(1).max(40)).max(10),
    targetGroups: z.array(z.string().min(1).max(40)).max(10),
    /** Framework items from the catalogue: pilot objectives (`pilot.A`), SDG targets (`sdg.10.7`), others (`oecd.3`). */
    tags: z.array(z.string().min(1).max(60)).max(40),
    owner: lineText(120),
    start: IsoDate.nullable(),
    due: IsoDate.nullable(),
    status: CommitmentStatus,
    statusReason: longText(1000),
    tasks: z.array(CommitmentTask).max(200),
    targets: z.array(IndicatorTarget).max(30),
    notes: z.array(CommitmentNote).max(1000),
    /** Translations the writer has checked against the original's last change: no longer "needs translation". */
    confirmedTranslations: z.array(z.enum(uiLocales)).max(3).default([]),
    /** The revision the form was opened at: a save over a newer one is refused rather than lost. */
    baseRevision: z.number().int().min(0).optional(),
  })
  .strict();
export type CommitmentInput = z.input<typeof CommitmentInput>;
export type CommitmentDraft = z.output<typeof CommitmentInput>;

/** A commitment as the store holds it and a bundle will carry it. */
export const Commitment = z.object({
  city: CityCode,
  uid: RecordUid,
  original: z.enum(uiLocales),
  texts: CommitmentTexts,
  /** Languages whose text is missing, or older than the last change of the original. */
  needsTranslation: z.array(z.enum(uiLocales)),
  domains: z.array(z.string()),
  targetGroups: z.array(z.string()),
  tags: z.array(z.string()),
  owner: z.string(),
  start: z.string().nullable(),
  due: z.string().nullable(),
  status: CommitmentStatus,
  statusReason: z.string(),
  tasks: z.array(CommitmentTask),
  targets: z.array(IndicatorTarget),
  notes: z.array(CommitmentNote),
  revision: z.number().int().min(1),
  /** Unix milliseconds of the last change. */
  updatedAt: z.number().int(),
});
export type Commitment = z.infer<typeof Commitment>;

/** The title to show in a language: its own, else the original's (marked as needing translation elsewhere). */
export function commitmentTitle(commitment: Pick<Commitment, 'texts' | 'original'>, locale: UiLocale): string {
  return commitment.texts[locale].title || commitment.texts[commitment.original].title;
}
