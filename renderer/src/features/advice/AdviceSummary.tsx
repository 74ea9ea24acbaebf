import { useTranslation } from 'react-i18next';
import type { AdviceTally } from '../../../../shared/domain/advice';
import { adviceStatuses } from '../../../../shared/domain/advice-status';
import { useRead } from '../../api/api-context';
import { useCatalogue } from '../../catalogue/catalogue-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { useAdviceWords } from './use-advice-words';

interface Tally {
  given: number;
  received: number;
  byStatus: Record<string, number>;
  acted: number;
}

function tally(rows: readonly AdviceTally[]): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const row of rows) {
    const key = row.key ?? '';
    const entry = out.get(key) ?? { given: 0, received: 0, byStatus: {}, acted: 0 };
    entry[row.direction] += row.count;
    entry.byStatus[row.status] = (entry.byStatus[row.status] ?? 0) + row.count;
    entry.acted += row.acted;
    out.set(key, entry);
  }
  return out;
}

/**
 * The evidence the programme asks for: advice given and received per peer city and per policy
 * domain, by status, and how much of it led to a change (a learning record).
 */
export function AdviceSummary() {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useAdviceWords();
  const catalogue = useCatalogue();
  const [summary] = useRead('advice.summary', {}, 'advice-summary');
  if (summary.state === 'loading') return <Loading />;
  if (summary.state === 'failed') return <ErrorNotice error={summary.error} />;
  const rows = summary.value.byCity;
  if (rows.length === 0) return <p className="empty">{t('advice.summary.none')}</p>;
  const domainName = (code: string) => (catalogue.state === 'ready' ? catalogue.value.overview.domains.find((d) => d.code === code)?.name[words.locale] : undefined) ?? code;
  const byCity = tally(rows);
  // A piece of advice on several domains counts under each: this table may add up to more than the one above.
  const byDomain = tally(summary.value.byDomain);
  const statuses = adviceStatuses.filter((s) => rows.some((r) => r.status === s));

  const table = (title: string, id: string, entries: Map<string, Tally>, name: (key: string) => string) => (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <table className="table table--compact advice-summary" data-testid={id}>
        <thead>
          <tr>
            <th scope="col">{id === 'advice-by-city' ? t('advice.summary.city') : t('advice.summary.domain')}</th>
            <th scope="col">{t('advice.summary.given')}</th>
            <th scope="col">{t('advice.summary.received')}</th>
            {statuses.map((s) => (
              <th scope="col" key={s}>
                {t(`advice.status.${s}`)}
              </th>
            ))}
            <th scope="col">{t('advice.summary.acted')}</th>
          </tr>
        </thead>
        <tbody>
          {[...entries].map(([key, entry]) => (
            <tr key={key}>
              <th scope="row">
                <bdi>{name(key)}</bdi>
              </th>
              <td>{format.integer(entry.given)}</td>
              <td>{format.integer(entry.received)}</td>
              {statuses.map((s) => (
                <td key={s}>{format.integer(entry.byStatus[s] ?? 0)}</td>
              ))}
              <td>{format.integer(entry.acted)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
  return (
    <>
      <p className="muted">{t('advice.summary.intro')}</p>
      {table(t('advice.summary.byCity'), 'advice-by-city', byCity, words.cityName)}
      {table(t('advice.summary.byDomain'), 'advice-by-domain', byDomain, (key) => (key === '' ? t('advice.summary.noDomain') : domainName(key)))}
    </>
  );
}
