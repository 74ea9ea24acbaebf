import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentView } from '../../../../shared/domain/commitment-view';
import { directionOf, type UiLocale } from '../../../../shared/domain/locales';
import type { PaperPriority } from '../../../../shared/domain/priority-paper';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { useCityScope } from '../../city/city-scope';
import type { SaveState } from '../profile/narrative/save-state';
import type { IssuePlace } from './issue-places';
import { priorityTexts, type PriorityText } from './paper-draft';
import { PaperTextEditor } from './PaperTextEditor';
import { MeasuresPicker } from './MeasuresPicker';
import { ProblemList } from './ProblemList';
import { TargetGroupsPicker } from './TargetGroupsPicker';

/** One priority: its title, whom it serves, the commitments that carry it out, and its texts one at a time. */
export function PriorityEditor({
  priority,
  locale,
  catalogue,
  commitments,
  places,
  onChange,
  save,
  onSave,
}: {
  priority: PaperPriority;
  locale: UiLocale;
  catalogue: CatalogueView;
  commitments: readonly CommitmentView[];
  places: readonly IssuePlace[];
  onChange(priority: PaperPriority): void;
  save: SaveState;
  onSave(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { readOnly } = useCityScope();
  const [text, setText] = useState<PriorityText>('problem');
  const language = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;

  return (
    <div className="paper-priority">
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('paper.priority.title', { language })}</label>
        <input
          id={`${id}-title`}
          type="text"
          lang={locale}
          dir={directionOf(locale)}
          maxLength={200}
          value={priority.title[locale]}
          readOnly={readOnly}
          onChange={(e) => onChange({ ...priority, title: { ...priority.title, [locale]: e.target.value } })}
          data-testid="paper-priority-title"
        />
        <ProblemList places={places.filter((p) => p.field === 'uid' || p.field === 'title')} />
      </div>

      <TargetGroupsPicker catalogue={catalogue} selected={priority.targetGroups} onChange={(targetGroups) => onChange({ ...priority, targetGroups })} places={places.filter((p) => p.field === 'targetGroups')} />
      <MeasuresPicker commitments={commitments} selected={priority.measures} onChange={(measures) => onChange({ ...priority, measures })} places={places.filter((p) => p.field === 'measures')} />

      <div className="paper-priority__texts">
        <div className="paper-priority__text-choice" role="group" aria-label={t('paper.priority.textsLabel')}>
          {priorityTexts.map((field) => (
            <button key={field} type="button" className="paper-priority__text-option" aria-pressed={text === field} onClick={() => setText(field)}>
              {t(`paper.fields.${field}`)}
              {priority[field][locale].trim() === '' ? <span className="paper-priority__empty">{t('paper.priority.empty')}</span> : null}
            </button>
          ))}
        </div>
        <p className="paper-priority__text-help">{t(`paper.help.${text}`)}</p>
        <PaperTextEditor key={text} catalogue={catalogue} field={text} locale={locale} texts={priority[text]} onChange={(texts) => onChange({ ...priority, [text]: texts })} save={save} onSave={onSave} />
      </div>
    </div>
  );
}
