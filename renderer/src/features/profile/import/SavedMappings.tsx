import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../shared/api/result';
import type { ImportMapping } from '../../../../../shared/domain/observation-import';
import { useApi, useRead } from '../../../api/api-context';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Notice } from '../../../components/Notice';
import { sameMapping } from './same-mapping';

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
  const [asking, setAsking] = useState(false);
  const [deleted, setDeleted] = useState<string | null>(null);

  const save = async () => {
    const answer = await api.call('imports.saveTemplate', { name, mapping });
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setDeleted(null);
    setSaved(answer.value.name);
    setName('');
    reload();
  };

  const remove = async (template: string) => {
    const answer = await api.call('imports.deleteTemplate', { name: template });
    setAsking(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setSaved(null);
    setDeleted(answer.value.deleted);
    reload();
  };

  const list = templates.state === 'ready' ? templates.value : [];
  // The saved mapping the screen now follows, if any: the one a Delete button may remove, after a question.
  const inUse = list.find((template) => sameMapping(template.mapping, mapping))?.name ?? null;
  return (
    <fieldset className="mapping__filter mapping__templates">
      <legend>{t('import.mapping.templatesTitle')}</legend>
      {templates.state === 'failed' ? <ErrorNotice error={templates.error} /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {saved ? <Notice tone="success" title={t('import.mapping.templateSaved', { name: saved })} /> : null}
      {deleted ? <Notice tone="success" title={t('import.mapping.templateDeleted', { name: deleted })} /> : null}
      <div className="mapping__filter-row">
        {list.length > 0 ? (
          <label className="filters__select">
            {t('import.mapping.useTemplate')}
            <select
              value=""
              onChange={(e) => {
                const chosen = list.find((template) => template.name === e.target.value);
                if (!chosen) return;
                onUse({ ...chosen.mapping, sheet: chosen.mapping.sheet ?? mapping.sheet });
                setAsking(false);
                setDeleted(null);
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
      {inUse ? (
        <div className="mapping__template-in-use">
          {asking ? (
            <div role="group" aria-labelledby="delete-template-question" className="mapping__filter-row">
              <p id="delete-template-question">{t('import.mapping.deleteTemplateQuestion', { name: inUse })}</p>
              <button type="button" className="button button--danger" autoFocus onClick={() => void remove(inUse)}>
                {t('import.mapping.confirmDeleteTemplate')}
              </button>
              <button type="button" className="button" onClick={() => setAsking(false)}>
                {t('import.mapping.keepTemplate')}
              </button>
            </div>
          ) : (
            <div className="mapping__filter-row">
              <p>{t('import.mapping.templateInUse', { name: inUse })}</p>
              <button type="button" className="button" onClick={() => setAsking(true)}>
                {t('import.mapping.deleteTemplate', { name: inUse })}
              </button>
            </div>
          )}
        </div>
      ) : null}
    </fieldset>
  );
}
