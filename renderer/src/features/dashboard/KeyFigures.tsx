import { useTranslation } from 'react-i18next';
import type { KeyFigure } from '../../../../shared/domain/observation';
import { useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { asUiLocale } from '../../i18n/i18n';
import { answerKey, formatValue } from '../../i18n/format-value';
import { useFormat } from '../../i18n/use-format';
import { scopedKey, useCityScope } from '../../city/city-scope';
import { sourceText } from '../profile/sources/source-words';

type Format = ReturnType<typeof useFormat>;

/** "+7,124 since 2023", "+2.9 points since 2023", or "was partial in 2023". */
function change(figure: KeyFigure, format: Format, t: (key: string, options?: Record<string, string>) => string): string | null {
  const previous = figure.previous;
  if (!previous) return null;
  if (figure.unit === 'ynp') {
    return figure.value === previous.value ? null : t('keyFigures.was', { value: t(`keyFigures.ynp.${answerKey(previous.value)}`), period: previous.period });
  }
  const delta = figure.value - previous.value;
  const amount = figure.unit === 'count' ? format.signed(Math.round(delta)) : format.signed(Math.round(delta * 10) / 10);
  return t(figure.unit === 'percent' ? 'keyFigures.changePoints' : 'keyFigures.change', { amount, period: previous.period });
}

/** The latest value of each indicator with its year and source: "data / year / source". */
export function KeyFigures() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const scope = useCityScope();
  const peer = scope.readOnly ? scope.peers.find((p) => p.code === scope.city) : undefined;
  const [figures] = useRead('profile.keyFigures', { city: scope.city }, scopedKey(scope, 'key-figures'));

  return (
    <section className="card" aria-labelledby="key-figures-title">
      <h2 id="key-figures-title">{t('keyFigures.title')}</h2>
      {figures.state === 'loading' ? <Loading /> : null}
      {figures.state === 'failed' ? <ErrorNotice error={figures.error} /> : null}
      {figures.state === 'ready' && figures.value.length === 0 ? (
        <p className="muted">{peer ? t('keyFigures.nonePeer', { city: peer.names[locale] }) : t('keyFigures.none')}</p>
      ) : null}
      {figures.state === 'ready' && figures.value.length > 0 ? (
        <ul className="key-figures">
          {figures.value.map((figure) => {
            const moved = change(figure, format, t);
            return (
              <li key={figure.indicator} className="key-figure" data-testid={`key-figure-${figure.indicator}`}>
                <p className="key-figure__name">{figure.name[locale]}</p>
                <p className="key-figure__value">
                  <span data-testid="key-figure-value">{formatValue(figure.unit, figure.value, format, t)}</span>
                  <span className="key-figure__period">{figure.period}</span>
                  {figure.flags.provisional ? <span className="badge badge--check">{t('keyFigures.provisional')}</span> : null}
                  {figure.flags.estimate ? <span className="badge badge--check">{t('keyFigures.estimate')}</span> : null}
                </p>
                {moved ? <p className="key-figure__change">{moved}</p> : null}
                {figure.focus.length > 0 ? (
                  <ul className="chips chips--small" aria-label={t('keyFigures.focusLabel')}>
                    {figure.focus.map((group) => (
                      <li key={group.group} className="chip chip--focus">
                        {group.name[locale]}: {formatValue(figure.unit, group.value, format, t)}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <p className="key-figure__source">
                  {t('keyFigures.source', { source: sourceText(figure.source, locale, t) })}
                </p>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
