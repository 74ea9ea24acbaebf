import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import { dimensionCodes, units, type CatalogueOverview, type Dimension, type Unit } from '../../../../shared/domain/catalogue';
import { useApi } from '../../api/api-context';
import { useCatalogue } from '../../catalogue/catalogue-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFocusAfterRemoval } from '../../components/use-focus-after-removal';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { asUiLocale } from '../../i18n/i18n';
import '../profile/figures/figures.css';

interface Draft {
  code: string;
  domain: string;
  unit: Unit;
  dimensions: Set<Dimension>;
  en: string;
  fr: string;
  ar: string;
}

const empty: Draft = { code: '', domain: '', unit: 'count', dimensions: new Set<Dimension>(), en: '', fr: '', ar: '' };

/**
 * The city's own indicators, beside the catalogue's: what the city measures that the network's
 * list does not. Their codes carry the city's code (tunis.LOCAL_DESKS), so they never clash.
 */
export function OwnIndicators({ overview }: { overview: CatalogueOverview }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const api = useApi();
  const catalogue = useCatalogue();
  const [draft, setDraft] = useState(empty);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const own = catalogue.state === 'ready' ? catalogue.value.indicators.filter((i) => i.code.includes('.')) : [];
  const none = useRef<HTMLParagraphElement>(null);
  const focus = useFocusAfterRemoval(
    own.map((i) => i.code),
    none,
  );

  // The core names the field; the words are the interface's.
  const issue = (path: 'code' | 'name' | 'domain') =>
    error?.issues?.some((i) => i.path === path || i.path.startsWith(`${path}.`)) ? t(`ownIndicators.problems.${path}`) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await api.call('indicators.saveCustom', {
      code: draft.code,
      domain: draft.domain,
      unit: draft.unit,
      dimensions: [...draft.dimensions],
      name: { en: draft.en, fr: draft.fr, ar: draft.ar },
    });
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setSaved(answer.value.name[locale]);
    setDraft(empty);
    if (catalogue.state === 'ready') catalogue.value.reload();
  };

  const remove = async (code: string) => {
    focus.removing(code);
    const answer = await api.call('indicators.deleteCustom', { code });
    if (!answer.ok) {
      focus.kept(code);
      return setError(answer.error);
    }
    if (catalogue.state === 'ready') catalogue.value.reload();
  };

  return (
    <div className="own-indicators">
      <p>{t('ownIndicators.intro')}</p>
      {own.length === 0 ? (
        <p className="muted" ref={none} tabIndex={-1}>
          {t('ownIndicators.none')}
        </p>
      ) : (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('ownIndicators.name')}</th>
              <th scope="col">{t('ownIndicators.code')}</th>
              <th scope="col">{t('ownIndicators.unit')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('ownIndicators.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {own.map((indicator) => (
              <tr key={indicator.code}>
                <td>{indicator.name[locale]}</td>
                <td>
                  <code>{indicator.code}</code>
                </td>
                <td>{t(`ownIndicators.units.${indicator.unit}`)}</td>
                <td>
                  <button type="button" className="button button--quiet" ref={focus.buttonRef(indicator.code)} onClick={() => void remove(indicator.code)}>
                    {t('ownIndicators.delete', { name: indicator.name[locale] })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {saved ? <Notice tone="success">{t('ownIndicators.saved', { name: saved })}</Notice> : null}
      {error && !error.issues?.length ? <ErrorNotice error={error} /> : null}
      <form className="card form" onSubmit={(e) => void submit(e)} aria-labelledby="own-indicator-title" noValidate>
        <h3 id="own-indicator-title">{t('ownIndicators.add')}</h3>
        <div className="row-editor__grid">
          <Field label={t('ownIndicators.code')} hint={t('ownIndicators.codeHint')} error={issue('code')}>
            {({ id, describedBy, invalid }) => (
              <input id={id} className="input--code" dir="ltr" aria-describedby={describedBy} aria-invalid={invalid || undefined} value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.target.value.toUpperCase() })} />
            )}
          </Field>
          {(['en', 'fr', 'ar'] as const).map((language) => (
            <Field key={language} label={t(`ownIndicators.nameIn.${language}`)} error={language === 'en' ? issue('name') : undefined}>
              {({ id, describedBy, invalid }) => (
                <input id={id} dir={language === 'ar' ? 'rtl' : 'ltr'} lang={language} aria-describedby={describedBy} aria-invalid={invalid || undefined} value={draft[language]} onChange={(e) => setDraft({ ...draft, [language]: e.target.value })} />
              )}
            </Field>
          ))}
          <Field label={t('ownIndicators.domain')} error={issue('domain')}>
            {({ id, describedBy, invalid }) => (
              <select id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} value={draft.domain} onChange={(e) => setDraft({ ...draft, domain: e.target.value })}>
                <option value="">{t('ownIndicators.chooseDomain')}</option>
                {overview.domains.map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.name[locale]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('ownIndicators.unit')}>
            {({ id }) => (
              <select id={id} value={draft.unit} onChange={(e) => setDraft({ ...draft, unit: units.find((u) => u === e.target.value) ?? 'count' })}>
                {units.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`ownIndicators.units.${unit}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset className="row-editor__flags">
          <legend>{t('ownIndicators.breakdowns')}</legend>
          {dimensionCodes.map((dimension) => (
            <label key={dimension} className="choice__option">
              <input
                type="checkbox"
                checked={draft.dimensions.has(dimension)}
                onChange={(e) => {
                  const next = new Set(draft.dimensions);
                  if (e.target.checked) next.add(dimension);
                  else next.delete(dimension);
                  setDraft({ ...draft, dimensions: next });
                }}
              />
              {overview.codelists.find((c) => c.code === dimension)?.name[locale] ?? dimension}
            </label>
          ))}
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('ownIndicators.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
