import type { Assessment, AssessmentInput, CriterionAnswer } from '../../../../shared/domain/assessment';
import type { Framework } from '../../../../shared/domain/catalogue';

/** The assessment form's state: one answer per criterion of the framework, whether said or not yet. */
export interface AssessmentFormState {
  uid: string | undefined;
  baseRevision: number | undefined;
  framework: string;
  date: string;
  title: string;
  answers: Record<string, CriterionAnswer>;
}

const blank = (item: string): CriterionAnswer => ({ item, score: null, evidence: '', commitments: [] });

/** Every criterion of the framework, with what `scores` says of it (nothing, for the rest). */
export function answersFor(framework: Framework, scores: readonly CriterionAnswer[]): Record<string, CriterionAnswer> {
  return Object.fromEntries(framework.items.map((item) => [item.code, scores.find((s) => s.item === item.code) ?? blank(item.code)]));
}

export function newAssessment(framework: Framework, date: string, title: string): AssessmentFormState {
  return { uid: undefined, baseRevision: undefined, framework: framework.code, date, title, answers: answersFor(framework, []) };
}

export function formOf(framework: Framework, assessment: Assessment): AssessmentFormState {
  return { uid: assessment.uid, baseRevision: assessment.revision, framework: assessment.framework, date: assessment.date, title: assessment.title, answers: answersFor(framework, assessment.scores) };
}

/**
 * A new assessment starting from an earlier one: a year later the city reassesses, so it changes the
 * scores that moved instead of typing every one again. The earlier assessment stays as it was.
 */
export function startFrom(framework: Framework, earlier: Assessment, date: string, title: string): AssessmentFormState {
  return { ...newAssessment(framework, date, title), answers: answersFor(framework, earlier.scores) };
}

export function inputOf(state: AssessmentFormState): AssessmentInput {
  return {
    ...(state.uid === undefined ? {} : { uid: state.uid }),
    ...(state.baseRevision === undefined ? {} : { baseRevision: state.baseRevision }),
    framework: state.framework,
    date: state.date,
    title: state.title,
    scores: Object.values(state.answers),
  };
}
