import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format';

/**
 * The fingerprint's six groups of five digits, each with its number. The digits stay Latin and
 * left-to-right in every language so two focal points read out the same sequence over the phone;
 * the groups follow the page's direction, so in Arabic group 1 sits on the right. The number in
 * front of each group (in the interface's own digits) makes the order unambiguous either way, and
 * each group's accessible name says its number, so a screen reader reads them in order.
 * `compact` lays the groups on one line (the dashboard's key line).
 */
export function FingerprintGroups({ fingerprint, compact = false, testId }: { fingerprint: string; compact?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = fingerprint.split(' ');
  return (
    <ol
      className={compact ? 'fingerprint__groups fingerprint__groups--compact' : 'fingerprint__groups'}
      aria-label={t('key.groupsLabel', { count: groups.length, formatted: format.integer(groups.length) })}
      data-testid={testId}
    >
      {groups.map((group, index) => {
        const number = format.integer(index + 1);
        return (
          <li key={index} className="fingerprint__group" aria-label={t('key.groupAria', { number, digits: group.split('').join(' ') })}>
            <span className="fingerprint__number" aria-hidden="true">
              {number}
            </span>
            <span className="fingerprint__digits" dir="ltr" aria-hidden="true" data-testid={testId ? `${testId}-group` : undefined}>
              {group}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** The signing key's fingerprint with its caption and what to do with it. */
export function KeyFingerprint({ fingerprint }: { fingerprint: string }) {
  const { t } = useTranslation();
  return (
    <figure className="fingerprint">
      <figcaption className="fingerprint__caption" id="fingerprint-caption">
        {t('key.fingerprint')}
      </figcaption>
      <FingerprintGroups fingerprint={fingerprint} testId="fingerprint" />
      <p className="fingerprint__help">{t('key.help')}</p>
    </figure>
  );
}
