import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLocale } from '../../../../shared/domain/locales';
import type { PaperValidation } from '../../../../shared/domain/priority-paper';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { useCityScope } from '../../city/city-scope';
import { Icon } from '../../components/Icon';
import { useFormat } from '../../i18n/use-format';
import type { SaveState } from '../profile/narrative/save-state';
import type { IssuePlace } from './issue-places';
import { PaperTextEditor } from './PaperTextEditor';
import { ProblemList } from './ProblemList';

/** The stakeholder group's validation: when it met, who came (organisations and head counts), what it decided. */
export function ValidationEditor({
  validation,
  locale,
  catalogue,
  onChange,
  save,
  onSave,
  places,
}: {
  validation: PaperValidation;
  locale: UiLocale;
  catalogue: CatalogueView;
  onChange(validation: PaperValidation): void;
  save: SaveState;
  onSave(): void;
  /** The problems the core found in this part, shown beside their fields. */
  places: readonly IssuePlace[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const { readOnly } = useCityScope();
  const rows = validation.participants;
  const total = rows.reduce((sum, row) => sum + row.people, 0);
  const setRow = (index: number, row: PaperValidation['participants'][number]) => onChange({ ...validation, participants: rows.map((r, i) => (i === index ? row : r)) });

  return (
    <div className="paper-validation">
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('paper.validation.date')}</label>
        <input id={`${id}-date`} type="date" value={validation.date ?? ''} readOnly={readOnly} onChange={(e) => onChange({ ...validation, date: e.target.value === '' ? null : e.target.value })} />
      </div>

      <table className="paper-participants" aria-labelledby={`${id}-participants`}>
        <caption id={`${id}-participants`}>{t('paper.validation.participants')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('paper.validation.organisation')}</th>
            <th scope="col">{t('paper.validation.people')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('paper.validation.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>
                <input
                  type="text"
                  maxLength={200}
                  dir="auto"
                  aria-label={t('paper.validation.organisationOf', { number: format.integer(i + 1) })}
                  value={row.organisation}
                  readOnly={readOnly}
                  onChange={(e) => setRow(i, { ...row, organisation: e.target.value })}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  max={10000}
                  step={1}
                  className="paper-participants__people"
                  aria-label={t('paper.validation.peopleOf', { number: format.integer(i + 1) })}
                  value={row.people}
                  readOnly={readOnly}
                  onChange={(e) => setRow(i, { ...row, people: Math.max(0, Math.min(10000, Math.trunc(Number(e.target.value) || 0))) })}
                />
              </td>
              <td>
                {readOnly ? null : (
                  <button type="button" className="button button--quiet" onClick={() => onChange({ ...validation, participants: rows.filter((_, j) => j !== i) })}>
                    <Icon name="trash" />
                    {t('paper.validation.removeRow', { number: format.integer(i + 1) })}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('paper.validation.total')}</th>
            <td data-testid="paper-participants-total">{format.integer(total)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <ProblemList places={places.filter((p) => p.field === 'participants')} />
      {readOnly ? null : (
        <button type="button" className="button" onClick={() => onChange({ ...validation, participants: [...rows, { organisation: '', people: 0 }] })} disabled={rows.length >= 200}>
          <Icon name="plus" />
          {t('paper.validation.addRow')}
        </button>
      )}

      <h3 className="paper-validation__decisions">{t('paper.fields.decisions')}</h3>
      <PaperTextEditor catalogue={catalogue} field="decisions" locale={locale} texts={validation.decisions} onChange={(decisions) => onChange({ ...validation, decisions })} save={save} onSave={onSave} />
    </div>
  );
}
