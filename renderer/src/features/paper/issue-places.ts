import type { FieldIssue } from '../../../../shared/api/result';

/**
 * Where a problem the core found in the paper belongs on screen. The core names the place by a path
 * into the content (`priorities.0.measures.1`); the editor shows the problem beside that field, in
 * the part of the paper (context, a priority, the validation record) the writer opens to fix it.
 */
export interface IssuePlace {
  /** `context`, `validation`, or `priority:<uid>`, as the outline names its sections. */
  part: string;
  /** The field inside the part (`measures`, `targetGroups`, `title`…); `''` for the part as a whole. */
  field: string;
  /** The code the interface words (`paper.problems.<code>`); `invalid` when the core gave none. */
  code: string;
  params: Record<string, string | number>;
}

/** Codes the interface words in every language; any other is shown as the generic `invalid`. */
export const paperProblemCodes = ['unknown_commitment', 'unknown_target_group', 'part_repeated', 'organisation_missing', 'invalid'] as const;
export type PaperProblemCode = (typeof paperProblemCodes)[number];

function wordedCode(code: string | undefined): PaperProblemCode {
  return paperProblemCodes.find((known) => known === code) ?? 'invalid';
}

/** Places each issue of a refused save; `priorityUids` are the priorities' ids in the order saved. */
export function issuePlaces(issues: readonly FieldIssue[], priorityUids: readonly string[]): IssuePlace[] {
  return issues.map((issue): IssuePlace => {
    const steps = issue.path.split('.');
    const code = wordedCode(issue.problem?.code);
    const params = issue.problem?.params ?? {};
    // zod paths may start with the input's own `content.` step; the validator's do not.
    const [head, second, third, fourth] = steps[0] === 'content' ? steps.slice(1) : steps;
    if (head === 'priorities') {
      const uid = priorityUids[Number(second)];
      return { part: uid === undefined ? 'context' : `priority:${uid}`, field: third ?? '', code, params };
    }
    if (head === 'validation') {
      // The schema's own check (a participant row without its organisation) comes without a code.
      const row = second === 'participants' && fourth === 'organisation' && code === 'invalid' ? Number(third) : null;
      return row === null ? { part: 'validation', field: second ?? '', code, params } : { part: 'validation', field: 'participants', code: 'organisation_missing', params: { row: row + 1 } };
    }
    return { part: 'context', field: head === 'context' ? 'context' : '', code, params };
  });
}

/** The issues of one part, or of one field of it. */
export function issuesAt(places: readonly IssuePlace[], part: string, field?: string): IssuePlace[] {
  return places.filter((place) => place.part === part && (field === undefined || place.field === field));
}
