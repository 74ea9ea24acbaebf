import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/api-context';
import { useCatalogue } from '../../catalogue/catalogue-context';
import { scopedKey, useCityScope } from '../../city/city-scope';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { CommitmentFormView } from './CommitmentFormView';

interface EditorProps {
  /** null for a new commitment. */
  uid: string | null;
  /** Opened right after its creation: the page says it was saved. */
  justCreated: boolean;
  onCreated(uid: string): void;
  onRemoved(title: string): void;
}

/** A commitment's page: loads it (or starts a new one) and hands it to the form. */
export function CommitmentEditor({ uid, justCreated, onCreated, onRemoved }: EditorProps) {
  const catalogue = useCatalogue();
  if (catalogue.state === 'failed') return <ErrorNotice error={catalogue.error} />;
  if (catalogue.state === 'loading') return <Loading />;
  if (uid === null) return <CommitmentFormView stored={null} justCreated={false} catalogue={catalogue.value} onCreated={onCreated} onRemoved={onRemoved} />;
  return <StoredCommitment uid={uid} justCreated={justCreated} onCreated={onCreated} onRemoved={onRemoved} />;
}

function StoredCommitment({ uid, justCreated, onCreated, onRemoved }: EditorProps & { uid: string }) {
  const { t } = useTranslation();
  const scope = useCityScope();
  const catalogue = useCatalogue();
  const [detail] = useRead('commitments.get', { uid, city: scope.city }, scopedKey(scope, `commitment-${uid}`));
  if (detail.state === 'failed') {
    return (
      <>
        <PageHeader title={t('nav.commitments')} />
        <ErrorNotice error={detail.error} />
        <p>
          <a href="#/commitments">{t('commitmentForm.backToList')}</a>
        </p>
      </>
    );
  }
  if (detail.state === 'loading' || catalogue.state !== 'ready') return <Loading />;
  return <CommitmentFormView stored={detail.value} justCreated={justCreated} catalogue={catalogue.value} onCreated={onCreated} onRemoved={onRemoved} />;
}
