import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import type { IssuePlace } from './issue-places';
import { problemText } from './problem-text';

/** The problems the core found in one field, worded in the interface language, next to the field. */
export function ProblemList({ places }: { places: readonly IssuePlace[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (places.length === 0) return null;
  // The alert wraps the list: on the list itself the role would replace its list role, leaving its items orphaned.
  return (
    <div role="alert">
      <ul className="paper-problems">
        {places.map((place, i) => (
          <li key={i}>{problemText(t, place, format.integer)}</li>
        ))}
      </ul>
    </div>
  );
}
