import { useTranslation } from 'react-i18next';
import { criterionScores, type CriterionAnswer, type CriterionScore } from '../../../../shared/domain/assessment';
import type { FrameworkItem } from '../../../../shared/domain/catalogue';

export interface CommitmentChoice {
  uid: string;
  title: string;
}

const choices: readonly (CriterionScore | null)[] = [...criterionScores, null];

/** One criterion: its score as a radio group (not assessed included), the evidence, and the commitments that answer it. */
export function CriterionFields({ item, name, answer, commitments, onChange }: { item: FrameworkItem; name: string; answer: CriterionAnswer; commitments: readonly CommitmentChoice[]; onChange(next: CriterionAnswer): void }) {
  const { t } = useTranslation();
  const id = `criterion-${item.code.replace(/\W/g, '-')}`;
  return (
    <fieldset className="criterion" data-testid={id}>
      <legend className="criterion__name">{name}</legend>
      <div className="criterion__scores" role="radiogroup" aria-label={t('assessment.scoreOf', { name })}>
        {choices.map((score) => (
          <label key={score ?? 'none'} className={`criterion__score criterion__score--${score ?? 'none'}`}>
            <input type="radio" name={id} checked={answer.score === score} onChange={() => onChange({ ...answer, score })} />
            {t(`assessment.scores.${score ?? 'none'}`)}
          </label>
        ))}
      </div>
      <div className="criterion__details">
        <label className="field">
          <span className="field__label">{t('assessment.evidence')}</span>
          <textarea rows={2} dir="auto" value={answer.evidence} onChange={(e) => onChange({ ...answer, evidence: e.target.value })} />
        </label>
        {commitments.length > 0 ? (
          <label className="field">
            <span className="field__label">{t('assessment.commitments')}</span>
            <span className="field__hint" id={`${id}-commitments-hint`}>
              {t('assessment.commitmentsHint')}
            </span>
            <select
              multiple
              size={Math.min(4, commitments.length)}
              aria-describedby={`${id}-commitments-hint`}
              value={answer.commitments}
              onChange={(e) => onChange({ ...answer, commitments: [...e.target.selectedOptions].map((o) => o.value) })}
            >
              {commitments.map((c) => (
                <option key={c.uid} value={c.uid}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
    </fieldset>
  );
}
