import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';

/** The problem the core found on one field of an advice form, in the interface language. */
export function useAdviceProblem(error: ApiError | null) {
  const { t, i18n } = useTranslation();
  return (path: string): string | undefined => {
    const issue = error?.issues?.find((i) => i.path === path || i.path.startsWith(`${path}.`));
    if (!issue) return undefined;
    const code = issue.problem?.code;
    return code && i18n.exists(`advice.problems.${code}`) ? t(`advice.problems.${code}`) : t('advice.problems.invalid');
  };
}
