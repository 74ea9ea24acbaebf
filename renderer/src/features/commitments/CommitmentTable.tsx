import { useTranslation } from 'react-i18next';
import { commitmentTitle } from '../../../../shared/domain/commitment';
import type { CommitmentView } from '../../../../shared/domain/commitment-view';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { asUiLocale } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { useDayFormat } from './use-day-format';
import { ProgressBadge, StatusBadge } from './CommitmentBadges';
import { GroupChips } from './GroupChips';

/** The commitments as a plain table: one row each, the title leading to its page. */
export function CommitmentTable({ commitments, catalogue }: { commitments: readonly CommitmentView[]; catalogue: CatalogueView }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const format = useFormat();
  const day = useDayFormat();
  const domainName = (code: string) => catalogue.overview.domains.find((d) => d.code === code)?.name[locale] ?? code;
  return (
    <div className="table-scroll">
      <table className="table commitment-table" data-testid="commitment-table">
        <thead>
          <tr>
            <th scope="col">{t('commitments.columns.title')}</th>
            <th scope="col">{t('commitments.columns.status')}</th>
            <th scope="col">{t('commitments.columns.progress')}</th>
            <th scope="col">{t('commitments.columns.due')}</th>
            <th scope="col">{t('commitments.columns.owner')}</th>
            <th scope="col">{t('commitments.columns.domains')}</th>
            <th scope="col">{t('commitments.columns.targetGroups')}</th>
            <th scope="col" className="numeric">
              {t('commitments.columns.openTasks')}
            </th>
          </tr>
        </thead>
        <tbody>
          {commitments.map((c) => {
            const untranslated = c.texts[locale].title === '' || c.needsTranslation.includes(locale);
            return (
              <tr key={c.uid}>
                <th scope="row" className="commitment-table__title">
                  <a href={`#/commitments/${c.uid}`} lang={c.texts[locale].title ? locale : c.original} dir="auto">
                    {commitmentTitle(c, locale)}
                  </a>
                  {untranslated ? <span className="badge badge--check">{t('commitments.needsTranslation')}</span> : null}
                </th>
                <td>
                  <StatusBadge status={c.status} />
                </td>
                <td>
                  <ProgressBadge progress={c.progress ?? 'none'} />
                </td>
                <td className="commitment-table__due">
                  {c.due ? day(c.due) : <span className="muted">{t('commitments.noDate')}</span>}
                  {c.overdue ? <span className="badge badge--overdue">{t('commitments.overdue')}</span> : null}
                </td>
                <td dir="auto">{c.owner || <span className="muted">{t('commitments.noOwner')}</span>}</td>
                <td>{format.list(c.domains.map(domainName))}</td>
                <td>
                  <GroupChips codes={c.targetGroups} catalogue={catalogue} />
                </td>
                <td className="numeric">{format.integer(c.openTasks)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
