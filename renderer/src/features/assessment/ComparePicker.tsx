import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import { Field } from '../../components/Field';
import { useFormat } from '../../i18n/use-format';
import { ComparisonView } from './ComparisonView';

/** Picks two assessments to compare (by default the two latest of one framework) and shows what changed. */
export function ComparePicker({ assessments, before, after, onPick }: { assessments: readonly Assessment[]; before: string | null; after: string | null; onPick(before: string | null, after: string | null): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const earlier = assessments.find((a) => a.uid === before);
  const later = assessments.find((a) => a.uid === after);
  const option = (a: Assessment) => (
    <option key={a.uid} value={a.uid}>
      {`${a.title} (${format.date(`${a.date}T00:00:00`)})`}
    </option>
  );
  return (
    <>
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('assessment.compare.pick')}</h2>
        <div className="compare-picker">
          <Field label={t('assessment.compare.before')}>
            {({ id: field }) => (
              <select id={field} value={before ?? ''} onChange={(e) => onPick(e.target.value || null, after)}>
                {assessments.map(option)}
              </select>
            )}
          </Field>
          <Field label={t('assessment.compare.after')}>
            {({ id: field }) => (
              <select id={field} value={after ?? ''} onChange={(e) => onPick(before, e.target.value || null)}>
                {assessments.map(option)}
              </select>
            )}
          </Field>
        </div>
        {earlier && later && earlier.framework !== later.framework ? <p className="muted">{t('assessment.compare.otherFramework')}</p> : null}
        {earlier && later && earlier.uid === later.uid ? <p className="muted">{t('assessment.compare.same')}</p> : null}
      </section>
      {earlier && later && earlier.framework === later.framework && earlier.uid !== later.uid ? <ComparisonView before={earlier} after={later} /> : null}
    </>
  );
}

/** The two latest assessments of the latest one's framework, older first; null when there are not two. */
export function latestPair(assessments: readonly Assessment[]): [string, string] | null {
  const [latest] = assessments;
  const previous = latest ? assessments.find((a) => a.uid !== latest.uid && a.framework === latest.framework) : undefined;
  return latest && previous ? [previous.uid, latest.uid] : null;
}
