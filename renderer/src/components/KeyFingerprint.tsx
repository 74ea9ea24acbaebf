import { useTranslation } from 'react-i18next';

/**
 * The signing key's fingerprint as five-digit groups. Digits are kept Latin and left-to-right in
 * every language so two focal points read out the same sequence over the phone.
 */
export function KeyFingerprint({ fingerprint }: { fingerprint: string }) {
  const { t } = useTranslation();
  return (
    <figure className="fingerprint">
      <figcaption className="fingerprint__caption">{t('key.fingerprint')}</figcaption>
      <p className="fingerprint__digits" dir="ltr" aria-label={t('key.fingerprintAria', { digits: fingerprint.split(' ').join(', ') })} data-testid="fingerprint">
        {fingerprint.split(' ').map((group, index) => (
          <span key={index} className="fingerprint__group">
            {group}
          </span>
        ))}
      </p>
      <p className="fingerprint__help">{t('key.help')}</p>
    </figure>
  );
}
