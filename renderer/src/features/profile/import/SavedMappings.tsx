import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../shared/api/result';
import type { ImportMapping } from '../../../../../shared/domain/observation-import';
import { useApi, useRead } from '../../../api/api-context';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Notice } from '../../../components/Notice';

/**
 * Mappings saved under a name: next year's file of the same shape (a UN DESA table, the census
 * office's sheet) is read the same way in one step instead of matching every column again.
 */
export function SavedMappings({ mapping, onUse }: { mapping: ImportMapping; onUse(mapping: ImportMapping): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [templates, reload] = useRead('imports.templates', {}, 'mapping-templates');
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const save = async () => {
    const answer = await api.call('imports.saveTemplate', { name, mapping });
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setSaved(answer.value.name);
    setName('');
    reload();
  };

  const list = templates.state === 'ready' ? templates.value : [];
  return (
    <fieldset className="mapping__filter mapping__templates">
      <legend>{t('import.mapping.templatesTitle')}</legend>
      {templates.state === 'failed' ? <ErrorNotice error={templates.error} /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {saved ? <Notice tone="success" title={t('import.mapping.templateSaved', { name: saved })} /> : null}
      <div className="mapping__filter-row">
        {list.length > 0 ? (
          <label className="filters__select">
            {t('import.mapping.useTemplate')}
            <select
              value=""
              onChange={(e) => {
                const chosen = list.find((template) => template.name === e.target.value);
                if (chosen) onUse({ ...chosen.mapping, sheet: chosen.mapping.sheet ?? mapping.sheet });
              }}
            >
              <option value="">{t('import.mapping.chooseTemplate')}</option>
              {list.map((template) => (
                <option key={template.name} value={template.name}>
                  {template.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="muted">{t('import.mapping.noTemplates')}</p>
        )}
        <label className="filters__select">
          {t('import.mapping.templateName')}
          <input dir="auto" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="button" className="button" disabled={name.trim() === ''} onClick={() => void save()}>
          {t('import.mapping.saveTemplate')}
        </button>
      </div>
    </fieldset>
  );
}
