import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CityDetails } from '../../../../shared/domain/city';
import { suggestShore } from '../../../../shared/domain/shore';
import { workingLanguages } from '../../../../shared/domain/locales';
import { Field } from '../../components/Field';
import { useFormat } from '../../i18n/use-format';
import { suggestCode, validateCityForm, type CityFormValues, type FieldErrors } from './city-form-model';

interface CityFormProps {
  initial: CityFormValues;
  countries: string[];
  /** Setup asks for the code; afterwards it is fixed, because peers know the city by it. */
  withCode: boolean;
  submitLabel: ReactNode;
  busy: boolean;
  onSubmit(code: string, details: CityDetails): void;
}

const nameLocales = ['en', 'fr', 'ar'] as const;

export function CityForm({ initial, countries, withCode, submitLabel, busy, onSubmit }: CityFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [codeTouched, setCodeTouched] = useState(initial.code !== '');

  const countryOptions = useMemo(
    () => countries.map((code) => ({ code, label: format.country(code) })).sort((a, b) => format.compare(a.label, b.label)),
    [countries, format],
  );

  const update = (patch: Partial<CityFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const errorFor = (path: string) => {
    const key = errors[path];
    return key ? t(key) : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateCityForm(values, withCode);
    if (!checked.ok) {
      setErrors(checked.errors);
      // Take the user to the first problem rather than leaving them to scroll for it.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.field--invalid input, .field--invalid select')?.focus());
      return;
    }
    setErrors({});
    onSubmit(checked.code, checked.details);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <fieldset className="form__group">
        <legend>{t('cityForm.cityLegend')}</legend>
        {nameLocales.map((locale) => (
          <Field key={locale} label={t(`cityForm.name.${locale}`)} error={errorFor(`names.${locale}`)}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                lang={locale}
                dir={locale === 'ar' ? 'rtl' : 'ltr'}
                value={values.names[locale]}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                autoComplete="off"
                onChange={(e) => {
                  const names = { ...values.names, [locale]: e.target.value };
                  update(locale === 'en' && withCode && !codeTouched ? { names, code: suggestCode(e.target.value) } : { names });
                }}
              />
            )}
          </Field>
        ))}
        {withCode ? (
          <Field label={t('cityForm.code')} hint={t('cityForm.codeHint')} error={errorFor('code')}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                dir="ltr"
                className="input--code"
                value={values.code}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                autoComplete="off"
                spellCheck={false}
                onChange={(e) => {
                  setCodeTouched(true);
                  update({ code: e.target.value.toLowerCase() });
                }}
              />
            )}
          </Field>
        ) : null}
        <Field label={t('cityForm.country')} error={errorFor('country')}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              value={values.country}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => {
                const country = e.target.value;
                update(values.shore === '' ? { country, shore: suggestShore(country) ?? '' } : { country });
              }}
            >
              <option value="">{t('cityForm.chooseCountry')}</option>
              {countryOptions.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="field choice" aria-invalid={Boolean(errors.shore)}>
          <legend className="field__label">{t('cityForm.shore')}</legend>
          <div className="choice__options">
            {(['north', 'south'] as const).map((shore) => (
              <label key={shore} className="choice__option">
                <input type="radio" name="shore" value={shore} checked={values.shore === shore} onChange={() => update({ shore })} />
                <span>{t(`cityForm.shores.${shore}`)}</span>
              </label>
            ))}
          </div>
          {errors.shore ? <p className="field__error">{errorFor('shore')}</p> : null}
        </fieldset>
      </fieldset>

      <fieldset className="form__group">
        <legend>{t('cityForm.focalPointLegend')}</legend>
        <Field label={t('cityForm.focalPointName')} error={errorFor('focalPoint.name')}>
          {({ id, describedBy, invalid }) => (
            <input id={id} value={values.focalPointName} aria-describedby={describedBy} aria-invalid={invalid} autoComplete="name" onChange={(e) => update({ focalPointName: e.target.value })} />
          )}
        </Field>
        <Field label={t('cityForm.focalPointEmail')} error={errorFor('focalPoint.email')}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="email"
              dir="ltr"
              value={values.focalPointEmail}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              autoComplete="email"
              onChange={(e) => update({ focalPointEmail: e.target.value.trim() })}
            />
          )}
        </Field>
        <fieldset className="field choice">
          <legend className="field__label">{t('cityForm.languages')}</legend>
          <p className="field__hint">{t('cityForm.languagesHint')}</p>
          <div className="choice__options">
            {workingLanguages.map((language) => (
              <label key={language} className="choice__option">
                <input
                  type="checkbox"
                  checked={values.languages.includes(language)}
                  onChange={(e) =>
                    update({ languages: e.target.checked ? [...values.languages, language] : values.languages.filter((l) => l !== language) })
                  }
                />
                <span>{format.language(language)}</span>
              </label>
            ))}
          </div>
          {errors.languages ? <p className="field__error">{errorFor('languages')}</p> : null}
        </fieldset>
      </fieldset>

      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
