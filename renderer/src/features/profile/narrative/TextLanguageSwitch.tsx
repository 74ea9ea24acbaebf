import { useTranslation } from 'react-i18next';
import { uiLocales } from '../../../../../shared/domain/locales';
import type { NarrativeLocale } from '../../../../../shared/domain/narrative';

/** Each language named in itself, as the interface's own switch does. */
const ownNames: Record<NarrativeLocale, string> = { en: 'English', fr: 'Français', ar: 'العربية' };

/** Which language of a section is being written or shown: independent of the interface language. */
export function TextLanguageSwitch({ value, onChange, label, written }: { value: NarrativeLocale; onChange(locale: NarrativeLocale): void; label: string; written?: ReadonlySet<NarrativeLocale> }) {
  const { t } = useTranslation();
  return (
    <div className="language-switch text-language" role="group" aria-label={label}>
      {uiLocales.map((locale) => (
        <button key={locale} type="button" lang={locale} className="language-switch__option text-language__option" aria-pressed={value === locale} onClick={() => onChange(locale)}>
          {ownNames[locale]}
          {written ? (
            <>
              <span className={written.has(locale) ? 'text-language__dot text-language__dot--written' : 'text-language__dot'} aria-hidden="true" />
              <span className="visually-hidden">{written.has(locale) ? t('narrative.hasText') : t('narrative.noText')}</span>
            </>
          ) : null}
        </button>
      ))}
    </div>
  );
}
