import { useState } from 'react';
import { calendarDay } from '../../../../shared/domain/period';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import { Field } from '../../components/Field';
import { newAssessment, startFrom, type AssessmentFormState } from './assessment-draft';
import { useFrameworkWords } from './use-framework-words';

/** Today in the machine's calendar, as a date input gives it. */
function today(): string {
  return calendarDay(new Date());
}

/** Picks a framework and starts an assessment: blank, or from the latest one of that framework (its scores copied). */
export function StartAssessment({ assessments, onStart }: { assessments: readonly Assessment[]; onStart(form: AssessmentFormState): void }) {
  const { t } = useTranslation();
  const words = useFrameworkWords();
  const [chosen, setChosen] = useState<string | null>(null);
  const code = chosen ?? assessments[0]?.framework ?? words.frameworks[0]?.code ?? '';
  const framework = words.framework(code);
  const latest = assessments.find((a) => a.framework === code);
  const date = today();
  const title = t('assessment.defaultTitle', { framework: words.frameworkName(code), year: date.slice(0, 4) });

  return (
    <section className="card start-assessment" aria-labelledby="start-assessment-title">
      <h2 id="start-assessment-title">{t('assessment.start.title')}</h2>
      <div className="start-assessment__row">
        <Field label={t('assessment.fields.framework')}>
          {({ id }) => (
            <select id={id} value={code} onChange={(e) => setChosen(e.target.value)}>
              {words.frameworks.map((f) => (
                <option key={f.code} value={f.code}>
                  {f.name[words.locale]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form__actions">
          {latest && framework ? (
            <button type="button" className="button button--primary" onClick={() => onStart(startFrom(framework, latest, date, title))}>
              {t('assessment.start.fromLatest', { title: latest.title })}
            </button>
          ) : null}
          <button type="button" className={latest ? 'button' : 'button button--primary'} disabled={!framework} onClick={() => framework && onStart(newAssessment(framework, date, title))}>
            {t('assessment.start.blank')}
          </button>
        </div>
      </div>
      {latest ? <p className="field__hint">{t('assessment.start.fromLatestHint')}</p> : null}
    </section>
  );
}
