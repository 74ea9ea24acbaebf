import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { asUiLocale } from '../../i18n/i18n';
import { toggled } from './commitment-form-model';

/**
 * Framework tags: pilot objectives and SDG targets first (the ones a commitment is usually filed
 * under), then the other frameworks; a search narrows every group by code or words.
 */
export function TagPicker({ tags, onChange, catalogue, error }: { tags: readonly string[]; onChange(next: string[]): void; catalogue: CatalogueView; error: string | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const [search, setSearch] = useState('');
  const words = search.trim().toLocaleLowerCase(locale);
  const order = (code: string) => (code === 'pilot' ? 0 : code === 'sdg' ? 1 : 2);
  const frameworks = [...catalogue.overview.frameworks].sort((a, b) => order(a.code) - order(b.code));
  const itemName = (code: string) => catalogue.overview.frameworks.flatMap((f) => f.items).find((i) => i.code === code)?.name[locale] ?? code;
  return (
    <fieldset className="commitment-tags" aria-describedby={error ? 'commitment-tags-error' : undefined}>
      <legend>{t('commitmentForm.tags.legend')}</legend>
      {tags.length > 0 ? (
        <ul className="chips commitment-tags__chosen" aria-label={t('commitmentForm.tags.chosen')}>
          {tags.map((code) => (
            <li key={code} className="chip">
              <span title={itemName(code)}>{code}</span>
              <button type="button" className="chip__remove" aria-label={t('commitmentForm.tags.remove', { code, name: itemName(code) })} onClick={() => onChange(tags.filter((c) => c !== code))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('commitmentForm.tags.none')}</p>
      )}
      <label className="field__label" htmlFor="commitment-tag-search">
        {t('commitmentForm.tags.search')}
      </label>
      <input id="commitment-tag-search" type="search" dir="auto" value={search} onChange={(e) => setSearch(e.target.value)} />
      {frameworks.map((framework) => {
        const items = framework.items.filter((item) => !words || item.code.toLocaleLowerCase(locale).includes(words) || item.name[locale].toLocaleLowerCase(locale).includes(words));
        if (items.length === 0) return null;
        const chosen = items.filter((item) => tags.includes(item.code)).length;
        return (
          <details key={framework.code} className="commitment-tags__framework" open={words !== '' || framework.code === 'pilot'}>
            <summary>
              {framework.name[locale]}
              {chosen > 0 ? <span className="badge badge--check">{t('commitmentForm.tags.chosenCount', { count: chosen })}</span> : null}
            </summary>
            <ul className="commitment-tags__items">
              {items.map((item) => (
                <li key={item.code}>
                  <label>
                    <input type="checkbox" checked={tags.includes(item.code)} onChange={(e) => onChange(toggled(tags, item.code, e.target.checked))} />
                    <code>{item.code}</code> {item.name[locale]}
                  </label>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
      {error ? (
        <p className="field__error" id="commitment-tags-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
