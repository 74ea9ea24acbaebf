import { useTranslation } from 'react-i18next';
import { uiLocales, type UiLocale } from '../../../shared/domain/locales';
import { useApi } from '../api/api-context';
import { useUnsavedChanges } from '../unsaved/unsaved-changes';

/** Each language is named in itself, so anyone can find their own whatever is showing. */
const ownNames: Record<UiLocale, string> = { en: 'English', fr: 'Français', ar: 'العربية' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const unsaved = useUnsavedChanges();
  const change = (locale: UiLocale) => {
    if (locale === i18n.language) return;
    unsaved.confirmLeave(() => {
      void i18n.changeLanguage(locale);
      // Remembered in the data folder, so the desktop app and the browser host agree.
      void api.call('preferences.update', { locale });
    });
  };
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {uiLocales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="language-switch__option"
          aria-pressed={i18n.language === locale}
          onClick={() => change(locale)}
        >
          {ownNames[locale]}
        </button>
      ))}
    </div>
  );
}
