import type { ApiError } from '../../../../shared/api/result';

/** A problem with one field of the commitment form: the core's, or one the form found itself. */
export interface FormIssue {
  /** The field's path in the commitment, as the core names it: `texts.en.title`, `targets.0.target.value`. */
  path: string;
  code: string;
  params: Record<string, string | number>;
}

/** Every problem the form can word: the core's codes (commitment-validator.ts) and the form's own. */
export const problemCodes = [
  'title_missing',
  'unknown_domain',
  'unknown_target_group',
  'unknown_tag',
  'code_repeated',
  'due_before_start',
  'status_move_refused',
  'status_reason_missing',
  'part_repeated',
  'unknown_indicator',
  'unknown_code',
  'dimension_not_allowed',
  'ynp_value',
  'percent_range',
  'target_wrong_side',
  'target_before_baseline',
  'commitment_changed',
  'number_needed',
  'period_needed',
  'indicator_needed',
  'task_title_needed',
  'invalid',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

function asProblemCode(code: string | undefined): ProblemCode {
  return problemCodes.find((c) => c === code) ?? 'invalid';
}

/** The field issues of a refused save; a problem without a known code is worded as "not valid". */
export function issuesOf(error: ApiError): FormIssue[] {
  return (error.issues ?? []).map((issue) => ({ path: issue.path, code: asProblemCode(issue.problem?.code), params: issue.problem?.params ?? {} }));
}

/**
 * The control a path belongs to. Lists of codes are one group of checkboxes (`domains.1` →
 * `domains`), a breakdown is one group of selects, and a part's id is the part itself; every other
 * path names its own control.
 */
export function fieldOfPath(path: string): string {
  const code = /^(domains|targetGroups|tags)\.\d+$/.exec(path);
  if (code?.[1]) return code[1];
  const breakdown = /^(targets\.\d+\.breakdown)\.\w+$/.exec(path);
  if (breakdown?.[1]) return breakdown[1];
  const part = /^((?:tasks|targets|notes)\.\d+)\.uid$/.exec(path);
  if (part?.[1]) return part[1];
  return path;
}

/** The issues that belong to one control. */
export function issuesAt(issues: readonly FormIssue[], field: string): FormIssue[] {
  return issues.filter((issue) => fieldOfPath(issue.path) === field);
}

/**
 * The translation key of a problem: the codes are one flat list in the area file, so a test can
 * check that each is worded in every language.
 */
export function problemKey(issue: FormIssue): string {
  return `commitmentForm.problems.${asProblemCode(issue.code)}`;
}
