import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/api-context';
import { useCatalogue } from '../../catalogue/catalogue-context';
import { scopedKey, useCityScope } from '../../city/city-scope';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { PaperWorkspace } from './PaperWorkspace';
import './paper.css';
import './paper-document.css';
import './paper-versions.css';

/**
 * The priority paper (domain.md §1, "Action"): written part by part, read and printed as one
 * document, kept in named versions that can be compared and gone back to.
 */
export function PaperPage() {
  const { t } = useTranslation();
  const scope = useCityScope();
  const catalogue = useCatalogue();
  const [paper] = useRead('paper.get', { city: scope.city }, scopedKey(scope, 'paper'));
  const [commitments] = useRead('commitments.list', { city: scope.city }, scopedKey(scope, 'paper-commitments'));

  let body;
  if (catalogue.state === 'failed') body = <ErrorNotice error={catalogue.error} />;
  else if (paper.state === 'failed') body = <ErrorNotice error={paper.error} />;
  else if (commitments.state === 'failed') body = <ErrorNotice error={commitments.error} />;
  else if (catalogue.state === 'loading' || paper.state === 'loading' || commitments.state === 'loading') body = <Loading />;
  else {
    body = (
<PaperWorkspace catalogue={catalogue.value} initial={paper.value} commitments={commitments.value} />
    );
  }
  return (
    <>
      <PageHeader title={t('paper.title')} intro={t('paper.intro')} />
      {body}
    </>
  );
}
