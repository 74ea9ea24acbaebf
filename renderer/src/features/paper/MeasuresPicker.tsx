import { useTranslation } from 'react-i18next';
import { commitmentTitle } from '../../../../shared/domain/commitment';
import type { CommitmentView } from '../../../../shared/domain/commitment-view';
import { commitmentWords } from '../../../../shared/domain/commitment-words';
import { useCityScope } from '../../city/city-scope';
import { asUiLocale } from '../../i18n/i18n';
import type { IssuePlace } from './issue-places';
import { toggled } from './paper-draft';
import { ProblemList } from './ProblemList';

/**
 * The measures of a priority, picked among the city's commitments: each shown with its live status
 * and computed progress, so the writer sees what the plan really stands at while promising it.
 */
export function MeasuresPicker({ commitments, selected, onChange, places }: { commitments: readonly CommitmentView[]; selected: readonly string[]; onChange(uids: string[]): void; places: readonly IssuePlace[] }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const words = commitmentWords[locale];
  const { readOnly } = useCityScope();
  const live = new Set(commitments.map((c) => c.uid));
  const gone = selected.filter((uid) => !live.has(uid));
  return (
    <fieldset className="paper-measures">
      <legend>{t('paper.fields.measures')}</legend>
      {commitments.length === 0 ? <p className="muted">{t('paper.measures.none')}</p> : null}
      <ul className="paper-measures__list" data-testid="paper-measures">
        {commitments.map((c) => (
          <li key={c.uid}>
            <label className="paper-measures__item">
              <input type="checkbox" checked={selected.includes(c.uid)} disabled={readOnly} onChange={(e) => onChange(toggled(selected, c.uid, e.target.checked))} />
              <span className="paper-measures__title">{commitmentTitle(c, locale)}</span>
              <span className={`paper-status paper-status--${c.status}`}>{words.statuses[c.status]}</span>
              <span className="paper-measures__progress">{words.progress[c.progress ?? 'none']}</span>
            </label>
          </li>
        ))}
        {gone.map((uid) => (
          <li key={uid}>
            <label className="paper-measures__item paper-measures__item--gone">
              <input type="checkbox" checked disabled={readOnly} onChange={() => onChange(toggled(selected, uid, false))} />
              <span className="paper-measures__title">{t('paper.measures.gone')}</span>
            </label>
          </li>
        ))}
      </ul>
      <ProblemList places={places} />
    </fieldset>
  );
}
