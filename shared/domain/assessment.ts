import { z } from 'zod';
import { CityCode } from './city';
import { IsoDate, RecordUid } from './commitment';
import { lineText, longText } from './plain-text';

/**
 * A self-assessment (domain.md §3, §5): the city scores each criterion of a framework from the
 * catalogue — absent, partial or complete — with its evidence and the commitments that answer it.
 * A year later the city assesses again; earlier assessments are kept, so change over time shows.
 */

export const criterionScores = ['absent', 'partial', 'complete'] as const;
export const CriterionScore = z.enum(criterionScores);
export type CriterionScore = z.infer<typeof CriterionScore>;

/** One criterion's answer; a null score means not assessed (yet). */
export const CriterionAnswer = z
  .object({
    item: z.string().min(1).max(60),
    score: CriterionScore.nullable(),
    evidence: longText(4000),
    commitments: z.array(RecordUid).max(50),
  })
  .strict();
export type CriterionAnswer = z.infer<typeof CriterionAnswer>;

const assessmentFields = {
  /** A framework of the catalogue scored absent / partial / complete. */
  framework: z.string().min(1).max(40),
  date: IsoDate,
  title: lineText(200),
  scores: z.array(CriterionAnswer).max(300),
};

/** What the assessment form sends. */
export const AssessmentInput = z
  .object({
    /** Absent for a new assessment; the store makes its id. */
    uid: RecordUid.optional(),
    ...assessmentFields,
    /** The revision the form was opened at: a save over a newer one is refused rather than lost. */
    baseRevision: z.number().int().min(0).optional(),
  })
  .strict();
export type AssessmentInput = z.input<typeof AssessmentInput>;
export type AssessmentDraft = z.output<typeof AssessmentInput>;

/** An assessment as the store holds it and a bundle will carry it. */
export const Assessment = z.object({
  city: CityCode,
  uid: RecordUid,
  ...assessmentFields,
  revision: z.number().int().min(1),
  /** Unix milliseconds of the last change. */
  updatedAt: z.number().int(),
});
export type Assessment = z.infer<typeof Assessment>;

/** A score as a share of the way to complete: complete 1, partial 0.5, absent 0. */
export function scoreShare(score: CriterionScore): number {
  return score === 'complete' ? 1 : score === 'partial' ? 0.5 : 0;
}

/** What a dimension chart needs of a framework: its criteria and the group each belongs to. */
export interface ScoredCriterion {
  code: string;
  /** The framework group (dimension); null when the framework has none: the criterion stands alone. */
  group: string | null;
}

export interface DimensionScore {
  /** The group's code, or the criterion's own for a framework without groups. */
  dimension: string;
  /** The mean share of the criteria assessed; null when none is. */
  share: number | null;
  assessed: number;
  criteria: number;
}

/** Scores per dimension, in the framework's order; criteria not assessed are left out of the mean. */
export function dimensionScores(criteria: readonly ScoredCriterion[], scores: readonly CriterionAnswer[]): DimensionScore[] {
  const byItem = new Map(scores.map((answer) => [answer.item, answer.score]));
  const dimensions = new Map<string, { sum: number; assessed: number; criteria: number }>();
  for (const criterion of criteria) {
    const dimension = criterion.group ?? criterion.code;
    const entry = dimensions.get(dimension) ?? { sum: 0, assessed: 0, criteria: 0 };
    const score = byItem.get(criterion.code) ?? null;
    entry.criteria += 1;
    if (score !== null) {
      entry.sum += scoreShare(score);
      entry.assessed += 1;
    }
    dimensions.set(dimension, entry);
  }
  return [...dimensions].map(([dimension, e]) => ({ dimension, share: e.assessed === 0 ? null : e.sum / e.assessed, assessed: e.assessed, criteria: e.criteria }));
}

export type ScoreChange = 'improved' | 'worsened' | 'same' | 'not_comparable';

export interface CriterionChange {
  item: string;
  before: CriterionScore | null;
  after: CriterionScore | null;
  change: ScoreChange;
}

/** Per criterion, what changed from an earlier assessment to a later one; not comparable when either did not assess it. */
export function compareAssessments(criteria: readonly ScoredCriterion[], before: readonly CriterionAnswer[], after: readonly CriterionAnswer[]): CriterionChange[] {
  const scoreIn = (answers: readonly CriterionAnswer[], item: string) => answers.find((a) => a.item === item)?.score ?? null;
  return criteria.map(({ code }) => {
    const was = scoreIn(before, code);
    const is = scoreIn(after, code);
    const change: ScoreChange = was === null || is === null ? 'not_comparable' : scoreShare(is) > scoreShare(was) ? 'improved' : scoreShare(is) < scoreShare(was) ? 'worsened' : 'same';
    return { item: code, before: was, after: is, change };
  });
}
