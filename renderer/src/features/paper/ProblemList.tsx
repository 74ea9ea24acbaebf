import { useTranslation } from 'react-i18next';
import type { IssuePlace } from './issue-places';

/** The problems the core found in one field, worded in the interface language, next to the field. */
export function ProblemList({ places }: { places: readonly IssuePlace[] }) {
  const { t } = useTranslation();
  if (places.length === 0) return null;
  return (
    <ul className="paper-problems" role="alert">
      {places.map((place, i) => (
        <li key={i}>{t(`paper.problems.${place.code}`, { value: String(place.params.value ?? place.params.uid ?? '') })}</li>
      ))}
    </ul>
  );
}
