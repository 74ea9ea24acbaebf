import { useTranslation } from 'react-i18next';
import type { OutboxCopy } from '../../../../shared/bundle/bundle-export';
import { Notice } from '../../components/Notice';

/** Where the copy for the sync tool went, or why it did not (the bundle itself is made either way). */
export function OutboxLine({ outbox }: { outbox: OutboxCopy }) {
  const { t } = useTranslation();
  if ('path' in outbox) {
    return (
      <p className="muted" data-testid="outbox-copy">
        {t('exchange.send.outboxCopied')} <code dir="ltr" className="exchange-path">{outbox.path}</code>
      </p>
    );
  }
  return (
    <Notice tone="warning" title={t('exchange.send.outboxFailed')}>
      <p dir="auto" data-testid="outbox-copy">
        {outbox.error}
      </p>
    </Notice>
  );
}
