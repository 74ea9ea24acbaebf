import { useTranslation } from 'react-i18next';
import { formatCitation } from '../../../../../shared/narrative';

const rows = ['heading', 'bold', 'italic', 'list', 'numbered', 'quote', 'link'] as const;

/** Citations are code, the same in every language (and their braces would read as placeholders to i18next). */
const citationExample = formatCitation({ indicator: 'POP_TOTAL', period: '2024', breakdown: { sex: 'F' } });

/** The Markdown subset, shown as "type this → get that", so nobody needs to know Markdown first. */
export function FormattingHelp() {
  const { t } = useTranslation();
  return (
    <details className="formatting-help">
      <summary>{t('narrative.help.title')}</summary>
      <table className="formatting-help__table">
        <thead>
          <tr>
            <th scope="col">{t('narrative.help.type')}</th>
            <th scope="col">{t('narrative.help.get')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              <td>
                <code dir="auto">{t(`narrative.help.rows.${row}.syntax`)}</code>
              </td>
              <td>{t(`narrative.help.rows.${row}.result`)}</td>
            </tr>
          ))}
          <tr>
            <td>
              <code dir="ltr">{citationExample}</code>
            </td>
            <td>{t('narrative.help.citationResult')}</td>
          </tr>
        </tbody>
      </table>
      <p className="formatting-help__note">{t('narrative.help.citations', { latest: formatCitation({ indicator: 'POP_TOTAL', period: null, breakdown: {} }) })}</p>
    </details>
  );
}
