import { useTranslation } from 'react-i18next';
import { asUiLocale } from '../../i18n/i18n';
import { toggled } from './commitment-form-model';
import type { FormSectionProps } from './form-section';
import { TagPicker } from './TagPicker';

/** What the commitment is about: policy domains, the people it is for, and the framework items it serves. */
export function ClassificationFields({ form, change, errorAt, catalogue }: FormSectionProps) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  // The programme's focus groups come first: they are the ones a commitment should name when it can.
  const groups = [...catalogue.overview.targetGroups].sort((a, b) => Number(b.focus) - Number(a.focus));
  const domainsError = errorAt('domains');
  const groupsError = errorAt('targetGroups');
  return (
    <section className="card commitment-section" aria-labelledby="commitment-about">
      <h2 id="commitment-about">{t('commitmentForm.about.title')}</h2>
      <div className="commitment-about">
        <fieldset className="commitment-checks" aria-describedby={domainsError ? 'commitment-domains-error' : undefined}>
          <legend>{t('commitments.columns.domains')}</legend>
          <ul>
            {catalogue.overview.domains.map((domain) => (
              <li key={domain.code}>
                <label>
                  <input type="checkbox" checked={form.domains.includes(domain.code)} onChange={(e) => change({ domains: toggled(form.domains, domain.code, e.target.checked) })} />
                  {domain.name[locale]}
                </label>
              </li>
            ))}
          </ul>
          {domainsError ? (
            <p className="field__error" id="commitment-domains-error">
              {domainsError}
            </p>
          ) : null}
        </fieldset>
        <fieldset className="commitment-checks" aria-describedby={groupsError ? 'commitment-groups-error' : undefined}>
          <legend>{t('commitments.columns.targetGroups')}</legend>
          <ul>
            {groups.map((group) => (
              <li key={group.code} className={group.focus ? 'commitment-checks__focus' : undefined}>
                <label>
                  <input
                    type="checkbox"
                    checked={form.targetGroups.includes(group.code)}
                    onChange={(e) => change({ targetGroups: toggled(form.targetGroups, group.code, e.target.checked) })}
                  />
                  {group.name[locale]}
                </label>
              </li>
            ))}
          </ul>
          {groupsError ? (
            <p className="field__error" id="commitment-groups-error">
              {groupsError}
            </p>
          ) : null}
        </fieldset>
      </div>
      <TagPicker tags={form.tags} onChange={(tags) => change({ tags })} catalogue={catalogue} error={errorAt('tags')} />
    </section>
  );
}
