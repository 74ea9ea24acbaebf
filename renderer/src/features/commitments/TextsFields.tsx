import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLocales, type UiLocale } from '../../../../shared/domain/locales';
import { Field } from '../../components/Field';
import { asUiLocale } from '../../i18n/i18n';
import { Tabs } from '../../components/Tabs';
import { toggled } from './commitment-form-model';
import type { FormSectionProps } from './form-section';

/**
 * The title and description in each language, one tab each. A translation is marked as needing
 * work when it is missing or older than the original's last change; the writer can say it was
 * checked, which the save sends as `confirmedTranslations`.
 */
export function TextsFields({ form, change, errorAt, stored }: FormSectionProps) {
  const { t, i18n } = useTranslation();
  // The reader's own language first: that is the text they are most likely to write or check.
  const [shown, setShown] = useState<UiLocale>(asUiLocale(i18n.language) ?? form.original);
  const needs = (language: UiLocale) => language !== form.original && (form.texts[language].title === '' || (stored?.needsTranslation.includes(language) ?? false));
  const setText = (language: UiLocale, field: 'title' | 'description', value: string) =>
    change({ texts: { ...form.texts, [language]: { ...form.texts[language], [field]: value } } });
  const confirmed = form.confirmedTranslations.includes(shown);
  const tabLabel = (language: UiLocale) => (
    <span lang={language}>
      {t(`commitmentForm.languages.${language}`)}
      {language === form.original ? <span className="badge badge--check">{t('commitmentForm.original')}</span> : null}
      {needs(language) && !form.confirmedTranslations.includes(language) ? <span className="badge badge--translate">{t('commitments.needsTranslation')}</span> : null}
    </span>
  );
  const direction = shown === 'ar' ? 'rtl' : 'ltr';
  return (
    <section className="card commitment-section" aria-labelledby="commitment-texts">
      <h2 id="commitment-texts">{t('commitmentForm.texts.title')}</h2>
      <Field label={t('commitmentForm.texts.original')} hint={t('commitmentForm.texts.originalHint')}>
        {({ id, describedBy }) => (
          <select
            id={id}
            aria-describedby={describedBy}
            value={form.original}
            onChange={(e) => change({ original: uiLocales.find((l) => l === e.target.value) ?? form.original })}
          >
            {uiLocales.map((language) => (
              <option key={language} value={language}>
                {t(`commitmentForm.languages.${language}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Tabs<UiLocale> tabs={uiLocales.map((language) => ({ key: language, label: tabLabel(language) }))} selected={shown} onSelect={setShown} label={t('commitmentForm.texts.languages')}>
        <Field label={t(`commitmentForm.texts.titleIn.${shown}`)} error={errorAt(`texts.${shown}.title`)}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              lang={shown}
              dir={direction}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={form.texts[shown].title}
              maxLength={200}
              onChange={(e) => setText(shown, 'title', e.target.value)}
            />
          )}
        </Field>
        <Field label={t(`commitmentForm.texts.descriptionIn.${shown}`)} error={errorAt(`texts.${shown}.description`)}>
          {({ id, describedBy, invalid }) => (
            <textarea
              id={id}
              lang={shown}
              dir={direction}
              rows={4}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={form.texts[shown].description}
              onChange={(e) => setText(shown, 'description', e.target.value)}
            />
          )}
        </Field>
        {needs(shown) ? (
          <div className="commitment-translation" data-testid="translation-state">
            <p>{form.texts[shown].title === '' ? t('commitmentForm.texts.missing') : t('commitmentForm.texts.outdated')}</p>
            {form.texts[shown].title !== '' ? (
              <label className="commitment-check">
                <input type="checkbox" checked={confirmed} onChange={(e) => change({ confirmedTranslations: toggled(form.confirmedTranslations, shown, e.target.checked).flatMap((c) => uiLocales.filter((l) => l === c)) })} />
                {t('commitmentForm.texts.checked')}
              </label>
            ) : null}
          </div>
        ) : null}
      </Tabs>
    </section>
  );
}
