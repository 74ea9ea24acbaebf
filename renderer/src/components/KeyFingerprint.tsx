import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format';

/**
 * The signing key's fingerprint as six numbered groups of five digits. The digits stay Latin and
 * left-to-right in every language so two focal points read out the same sequence over the phone;
 * the groups follow the page's direction, so in Arabic group 1 sits on the right. The number in
 * front of each group (in the interface's own digits) makes the order unambiguous either way, and
 * each group's accessible name says its number, so a screen reader reads them in order.
 */
export function KeyFingerprint({ fingerprint }: { fingerprint: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = fingerprint.split(' ');
  return (
    <figure className="fingerprint">
      <figcaption className="fingerprint__caption" id="fingerprint-caption">
        {t('key.fingerprint')}
      </figcaption>
      <ol className="fingerprint__groups" aria-label={t('key.groupsLabel', { count: groups.length, formatted: format.integer(groups.length) })} data-testid="fingerprint">
        {groups.map((group, index) => {
          const number = format.integer(index + 1);
          return (
            <li key={index} className="fingerprint__group" aria-label={t('key.groupAria', { number, digits: group.split('').join(' ') })}>
              <span className="fingerprint__number" aria-hidden="true">
                {number}
              </span>
              <span className="fingerprint__digits" dir="ltr" aria-hidden="true" data-testid="fingerprint-group">
                {group}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="fingerprint__help">{t('key.help')}</p>
    </figure>
  );
}
