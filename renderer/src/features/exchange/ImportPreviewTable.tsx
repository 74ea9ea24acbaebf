import { useTranslation } from 'react-i18next';
import type { BundleImportResult, TableChanges } from '../../../../shared/bundle/bundle-import';
import { useFormat } from '../../i18n/use-format';
import { tableWords } from './file-words';

const columns: (keyof TableChanges)[] = ['created', 'updated', 'unchanged', 'conflicts', 'deleted'];

/** What an import does per table: new, updated, unchanged, in conflict, deleted. */
export function ImportPreviewTable({ result }: { result: BundleImportResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = Object.entries(result.counts);
  const anyConflict = rows.some(([, c]) => c.conflicts > 0);
  return (
    <>
      <div className="exchange-scroll">
        <table className="table exchange-changes">
          <caption className="visually-hidden">{t('exchange.receive.previewTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exchange.receive.table')}</th>
              {columns.map((column) => (
                <th scope="col" key={column} className="exchange-counts__number">
                  {t(`exchange.receive.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([table, changes]) => (
              <tr key={table}>
                <th scope="row">{tableWords(t, table)}</th>
                {columns.map((column) => (
                  <td key={column} className={changes[column] > 0 ? 'exchange-counts__number exchange-counts__number--some' : 'exchange-counts__number muted'}>
                    {format.integer(changes[column])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {anyConflict ? <p className="muted">{t('exchange.receive.conflictsHelp')}</p> : null}
    </>
  );
}
