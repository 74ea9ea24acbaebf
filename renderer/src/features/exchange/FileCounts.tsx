import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { fileWords } from './file-words';

/** Records per file of a bundle, in words, the data package descriptor left out (it holds no records). */
export function FileCounts({ files, caption }: { files: Record<string, number>; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = Object.entries(files).filter(([path]) => path !== 'datapackage.json');
  return (
    <table className="table exchange-counts">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('exchange.send.file')}</th>
          <th scope="col" className="exchange-counts__number">
            {t('exchange.send.records')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([path, records]) => (
          <tr key={path}>
            <th scope="row">{fileWords(t, path)}</th>
            <td className="exchange-counts__number">{format.integer(records)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
