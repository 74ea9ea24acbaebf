import { z } from 'zod';
import { Commitment, CommitmentTexts, IsoDate, TaskKind } from './commitment';
import { uiLocales } from './locales';
import { ProgressStatus, TargetProgress } from './progress-rule';

/** A commitment as the screens show it: the record with what the figures and the calendar say about it today. */
export const CommitmentView = Commitment.extend({
  /** The targets' progress summed up (progress-rule.ts); null without targets. */
  progress: ProgressStatus.nullable(),
  /** Each target's progress, in the order of `targets`. */
  targetProgress: z.array(TargetProgress.extend({ uid: z.string() })),
  /** Past its due date and neither done nor dropped. */
  overdue: z.boolean(),
  /** Tasks and milestones not done yet. */
  openTasks: z.number().int(),
});
export type CommitmentView = z.infer<typeof CommitmentView>;

/** One commitment's page: the view, plus each target's figures over time for its chart. */
export const CommitmentDetail = CommitmentView.extend({
  series: z.array(z.object({ uid: z.string(), figures: z.array(z.object({ period: z.string(), value: z.number() })) })),
});
export type CommitmentDetail = z.infer<typeof CommitmentDetail>;

/** A deadline on the Dashboard: a commitment's due date or one of its open tasks or milestones. */
export const Deadline = z.object({
  commitment: z.string(),
  /** The task or milestone's id; null for the commitment's own due date. */
  part: z.string().nullable(),
  kind: z.union([z.literal('commitment'), TaskKind]),
  /** The task's title, or '' for the commitment's own due date (the screen shows the commitment's title). */
  title: z.string(),
  texts: CommitmentTexts,
  original: z.enum(uiLocales),
  due: IsoDate,
});
export type Deadline = z.infer<typeof Deadline>;

export const Agenda = z.object({
  /** The day the agenda was made for (the machine's calendar day). */
  today: IsoDate,
  overdue: z.array(Deadline),
  /** Due from today to 30 days ahead. */
  upcoming: z.array(Deadline),
});
export type Agenda = z.infer<typeof Agenda>;
