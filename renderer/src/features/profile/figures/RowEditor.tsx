import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../shared/api/result';
import { breakdownFields } from '../../../../../shared/domain/observation-record';
import type { Dimension } from '../../../../../shared/domain/catalogue';
import type { ObservationDraft } from '../../../../../shared/domain/observation-table';
import type { CatalogueView } from '../../../catalogue/catalogue-context';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Field } from '../../../components/Field';
import { inUserLanguage } from '../../../i18n/core-words';
import { asUiLocale } from '../../../i18n/i18n';
import { describeProblem } from './describe-problem';
import { usesDecimalComma } from './observation-draft';

type Draft = Required<Omit<ObservationDraft, 'decimalComma' | 'flags'>> & { estimate: boolean; provisional: boolean; confidential: boolean };

const empty: Draft = { indicator: '', period: '', sex: '', age: '', status: '', origin: '', area: '', value: '', source: '', note: '', estimate: false, provisional: false, confidential: false };

/**
 * Adding one figure by hand: every part of an observation, checked by the core exactly like an
 * imported row; a refusal is shown on the field it concerns.
 */
export function RowEditor({
  catalogue,
  sourcesListId,
  onSave,
  onClose,
}: {
  catalogue: CatalogueView;
  sourcesListId: string;
  onSave(draft: ObservationDraft): Promise<ApiError | null>;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const [draft, setDraft] = useState<Draft>(empty);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (field: keyof Draft, value: string | boolean) => setDraft((d) => ({ ...d, [field]: value }));
  const chosen = catalogue.indicators.find((i) => i.code === draft.indicator);
  // Only the breakdowns the chosen indicator takes are offered: any other would be refused on save.
  const takes = (dimension: Dimension) => chosen?.dimensions.includes(dimension) ?? false;
  const chooseIndicator = (code: string) => {
    const next = catalogue.indicators.find((i) => i.code === code);
    // A breakdown the new indicator does not take is cleared, so nothing hidden is sent.
    setDraft((d) => ({ ...d, indicator: code, ...Object.fromEntries(breakdownFields.filter((f) => !next?.dimensions.includes(f)).map((f) => [f, ''])) }));
  };

  const issueFor = (field: string): string | undefined => {
    const issue = error?.issues?.find((i) => i.path === field);
    if (!issue) return undefined;
    if (issue.problem) return describeProblem(t, issue.problem.code, issue.problem.params, catalogue, locale);
    return inUserLanguage(locale, issue.message, () => t('table.problems.unknown'));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const { estimate, provisional, confidential, ...fields } = draft;
    const problem = await onSave({ ...fields, decimalComma: usesDecimalComma(locale), flags: { estimate, provisional, confidential } });
    setSaving(false);
    setError(problem);
    if (!problem) setDraft((d) => ({ ...empty, indicator: d.indicator, source: d.source }));
    else document.querySelector<HTMLElement>('.row-editor [aria-invalid="true"]')?.focus();
  };

  const codeSelect = (dimension: 'sex' | 'age' | 'status' | 'area') => {
    const list = catalogue.overview.codelists.find((c) => c.code === dimension);
    // Districts are the city's own list, not the catalogue's.
    const values = dimension === 'area' ? catalogue.districts : (list?.values ?? []);
    return (
      <Field label={dimension === 'area' ? t('table.columns.area') : (list?.name[locale] ?? dimension)} hint={dimension === 'area' && values.length === 0 ? t('table.add.noDistricts') : undefined} error={issueFor(dimension)}>
        {({ id, describedBy, invalid }) => (
          <select id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} value={draft[dimension]} onChange={(e) => set(dimension, e.target.value)}>
            <option value="">{t('table.total')}</option>
            {values.map((v) => (
              <option key={v.code} value={v.code}>
                {v.name[locale]}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  };

  const text = (field: 'period' | 'origin' | 'value' | 'source' | 'note', hint?: string) => (
    <Field label={t(`table.columns.${field}`)} hint={hint} error={issueFor(field)}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          dir="auto"
          list={field === 'source' ? sourcesListId : undefined}
          value={draft[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form className="card row-editor" onSubmit={(e) => void submit(e)} aria-labelledby="row-editor-title" noValidate>
      <h2 id="row-editor-title">{t('table.add.title')}</h2>
      {error && !error.issues?.length ? <ErrorNotice error={error} /> : null}
      <div className="row-editor__grid">
        <Field label={t('table.columns.indicator')} error={issueFor('indicator')}>
          {({ id, describedBy, invalid }) => (
            <select id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} value={draft.indicator} onChange={(e) => chooseIndicator(e.target.value)}>
              <option value="">{t('table.add.chooseIndicator')}</option>
              {catalogue.indicators.map((i) => (
                <option key={i.code} value={i.code}>
                  {i.name[locale]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('period', t('table.add.periodHint'))}
        {takes('sex') ? codeSelect('sex') : null}
        {takes('age') ? codeSelect('age') : null}
        {takes('status') ? codeSelect('status') : null}
        {takes('origin') ? text('origin', t('table.add.originHint')) : null}
        {takes('area') ? codeSelect('area') : null}
        {!chosen || chosen.dimensions.length === 0 ? <p className="row-editor__breakdowns">{chosen ? t('table.add.noBreakdowns') : t('table.add.breakdownsAfterIndicator')}</p> : null}
        {text('value')}
        {text('source', t('table.add.sourceHint'))}
        {text('note')}
      </div>
      <fieldset className="row-editor__flags">
        <legend>{t('table.add.flags')}</legend>
        {(['estimate', 'provisional', 'confidential'] as const).map((flag) => (
          <label key={flag} className="choice__option">
            <input type="checkbox" checked={draft[flag]} onChange={(e) => set(flag, e.target.checked)} />
            {t(`table.flags.${flag}`)}
          </label>
        ))}
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t('table.add.save')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('table.add.close')}
        </button>
      </div>
    </form>
  );
}
