import { useTranslation } from 'react-i18next';
import { participantSexes, youthBand, type ParticipantSex } from '../../../../shared/domain/activity';
import { useCatalogue } from '../../catalogue/catalogue-context';
import { asUiLocale } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { cellKey, countOf } from './activity-draft';

/**
 * Participants as a small grid, sex by age band (the catalogue's codelists), with totals per row and
 * column. Youth (15–24) is marked: the programme reports it on its own.
 */
export function ParticipantsGrid({ ages, counts, onChange }: { ages: readonly string[]; counts: Record<string, string>; onChange(key: string, text: string): void }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const format = useFormat();
  const catalogue = useCatalogue();
  const name = (dimension: 'sex' | 'age', code: string) => (catalogue.state === 'ready' ? catalogue.value.codeName(dimension, code, locale, '') : code);
  const count = (sex: ParticipantSex, age: string) => countOf(counts[cellKey(sex, age)] ?? '') ?? 0;
  const rowTotal = (sex: ParticipantSex) => ages.reduce((n, age) => n + count(sex, age), 0);
  const columnTotal = (age: string) => participantSexes.reduce((n, sex) => n + count(sex, age), 0);
  const all = participantSexes.reduce((n, sex) => n + rowTotal(sex), 0);
  const youth = (age: string) => (age === youthBand ? 'participants__youth' : undefined);

  return (
    <fieldset className="form__group participants">
      <legend className="field__label">{t('activities.participants.title')}</legend>
      <p className="field__hint">{t('activities.participants.hint')}</p>
      <div className="participants__scroll">
        <table className="table table--compact participants__table">
          <thead>
            <tr>
              <th scope="col">{t('activities.participants.sex')}</th>
              {ages.map((age) => (
                <th scope="col" key={age} className={youth(age)}>
                  {name('age', age)}
                </th>
              ))}
              <th scope="col">{t('activities.participants.total')}</th>
            </tr>
          </thead>
          <tbody>
            {participantSexes.map((sex) => (
              <tr key={sex}>
                <th scope="row">{name('sex', sex)}</th>
                {ages.map((age) => {
                  const text = counts[cellKey(sex, age)] ?? '';
                  const invalid = countOf(text) === null;
                  return (
                    <td key={age} className={youth(age)}>
                      <input
                        className="participants__input"
                        inputMode="numeric"
                        dir="ltr"
                        aria-label={t('activities.participants.cell', { sex: name('sex', sex), age: name('age', age) })}
                        aria-invalid={invalid || undefined}
                        value={text}
                        onChange={(e) => onChange(cellKey(sex, age), e.target.value)}
                      />
                    </td>
                  );
                })}
                <td className="participants__total">{format.integer(rowTotal(sex))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('activities.participants.total')}</th>
              {ages.map((age) => (
                <td key={age} className={`participants__total ${youth(age) ?? ''}`}>
                  {format.integer(columnTotal(age))}
                </td>
              ))}
              <td className="participants__total" data-testid="participants-all">
                {format.integer(all)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </fieldset>
  );
}
