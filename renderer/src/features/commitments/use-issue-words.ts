import { useTranslation } from 'react-i18next';
import { commitmentStatuses } from '../../../../shared/domain/commitment';
import { dimensionCodes } from '../../../../shared/domain/catalogue';
import { fieldOfPath, issuesAt, problemKey, type FormIssue } from './commitment-issues';

/**
 * The form's problems in the reader's language. The core names the problem and its details (codes,
 * statuses, breakdowns); the words around them, and the names of those codes, are the interface's.
 */
export function useIssueWords(issues: readonly FormIssue[]) {
  const { t } = useTranslation();
  const word = (issue: FormIssue): string => {
    const params: Record<string, string | number> = { ...issue.params };
    for (const key of ['from', 'to', 'status'] as const) {
      const status = commitmentStatuses.find((s) => s === params[key]);
      if (status) params[key] = t(`commitments.status.${status}`);
    }
    const dimension = dimensionCodes.find((d) => d === params.dimension);
    if (dimension) params.dimension = t(`dimensions.${dimension}`);
    return t(problemKey(issue), params);
  };
  return {
    /** The problems of one control, as one text; undefined when it has none. */
    at: (field: string): string | undefined => {
      const found = issuesAt(issues, field);
      return found.length > 0 ? found.map(word).join(' ') : undefined;
    },
    word,
    field: fieldOfPath,
  };
}
