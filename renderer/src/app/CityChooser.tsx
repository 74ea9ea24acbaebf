import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCityScope } from '../city/city-scope';
import { asUiLocale } from '../i18n/i18n';

/** Chooses whose records the pages show: the own city, or a peer city whose bundles arrived (read-only). */
export function CityChooser({ ownName }: { ownName: string }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const scope = useCityScope();
  const id = useId();
  return (
    <div className="city-chooser">
      <label htmlFor={id}>{t('scope.show')}</label>
      <select id={id} value={scope.city ?? ''} onChange={(event) => scope.show(event.target.value === '' ? null : event.target.value)} data-testid="city-chooser">
        <option value="">{t('scope.own', { city: ownName })}</option>
        {scope.peers.map((peer) => (
          <option key={peer.code} value={peer.code}>
            {t('scope.peer', { city: peer.names[locale] })}
          </option>
        ))}
      </select>
    </div>
  );
}
