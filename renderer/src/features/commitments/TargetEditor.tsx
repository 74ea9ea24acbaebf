import { useTranslation } from 'react-i18next';
import type { IndicatorTarget } from '../../../../shared/domain/commitment';
import type { CommitmentDetail } from '../../../../shared/domain/commitment-view';
import { Field } from '../../components/Field';
import { formatValue } from '../../i18n/format-value';
import { asUiLocale } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { parseTypedNumber, totalBreakdown, type TargetForm } from './commitment-form-model';
import type { FormSectionProps } from './form-section';
import { TargetBreakdownFields } from './TargetBreakdownFields';
import { TargetProgressView } from './TargetProgressView';
import { useStoredFigure } from './use-stored-figure';

interface TargetEditorProps extends FormSectionProps {
  target: TargetForm;
  index: number;
  progress: CommitmentDetail['targetProgress'][number] | null;
  series: readonly { period: string; value: number }[];
  storedTarget: IndicatorTarget | null;
  onChange(next: TargetForm): void;
  onRemove(): void;
}

/** One indicator target: which figure, for whom, from where to where, and how it is doing. */
export function TargetEditor({ target, index, progress, series, storedTarget, onChange, onRemove, errorAt, catalogue }: TargetEditorProps) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const format = useFormat();
  const indicator = catalogue.indicator(target.indicator);
  const path = `targets.${index}`;
  const stored = useStoredFigure(target.indicator, target.breakdown, target.baselinePeriod);
  const set = (patch: Partial<TargetForm>) => onChange({ ...target, ...patch });
  const domains = catalogue.overview.domains;
  const chooseIndicator = (code: string) => {
    const chosen = catalogue.indicator(code);
    // A breakdown the new indicator does not have is dropped; its desired direction becomes the default.
    const breakdown = { ...totalBreakdown };
    for (const dimension of chosen?.dimensions ?? []) breakdown[dimension] = target.breakdown[dimension];
    set({ indicator: code, breakdown, direction: chosen?.direction === 'decrease' ? 'decrease' : 'increase' });
  };
  const baseline = parseTypedNumber(target.baselineValue);
  // The progress shown is the stored one: once the terms are edited it waits for the save.
  const unchanged =
    storedTarget !== null &&
    storedTarget.indicator === target.indicator &&
    JSON.stringify({ ...totalBreakdown, ...storedTarget.breakdown }) === JSON.stringify(target.breakdown) &&
    storedTarget.baseline.value === baseline &&
    storedTarget.baseline.period === target.baselinePeriod &&
    storedTarget.target.value === parseTypedNumber(target.targetValue) &&
    storedTarget.target.period === target.targetPeriod &&
    storedTarget.direction === target.direction;
  const name = indicator ? indicator.name[locale] : t('commitmentForm.targets.numbered', { n: index + 1 });
  return (
    <li className="commitment-target" data-testid="commitment-target">
      <div className="commitment-target__fields">
        <Field label={t('commitmentForm.targets.indicator')} error={errorAt(`${path}.indicator`)}>
          {({ id, describedBy, invalid }) => (
            <select id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} value={target.indicator} onChange={(e) => chooseIndicator(e.target.value)}>
              <option value="">{t('commitmentForm.targets.chooseIndicator')}</option>
              {domains.map((domain) => {
                const inDomain = catalogue.indicators.filter((i) => i.domain === domain.code).sort((a, b) => format.compare(a.name[locale], b.name[locale]));
                if (inDomain.length === 0) return null;
                return (
                  <optgroup key={domain.code} label={domain.name[locale]}>
                    {inDomain.map((i) => (
                      <option key={i.code} value={i.code}>
                        {i.name[locale]}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          )}
        </Field>
        {indicator ? <TargetBreakdownFields indicator={indicator} breakdown={target.breakdown} onChange={(breakdown) => set({ breakdown })} catalogue={catalogue} error={errorAt(`${path}.breakdown`)} /> : null}
        <div className="commitment-target__ends">
          <Field label={t('commitmentForm.targets.baselineValue')} error={errorAt(`${path}.baseline.value`)}>
            {({ id, describedBy, invalid }) => (
              <input id={id} inputMode="decimal" dir="ltr" aria-describedby={describedBy} aria-invalid={invalid || undefined} value={target.baselineValue} onChange={(e) => set({ baselineValue: e.target.value })} />
            )}
          </Field>
          <Field label={t('commitmentForm.targets.baselinePeriod')} error={errorAt(`${path}.baseline.period`)}>
            {({ id, describedBy, invalid }) => (
              <input id={id} dir="ltr" aria-describedby={describedBy} aria-invalid={invalid || undefined} value={target.baselinePeriod} onChange={(e) => set({ baselinePeriod: e.target.value })} />
            )}
          </Field>
          <Field label={t('commitmentForm.targets.targetValue')} error={errorAt(`${path}.target.value`)}>
            {({ id, describedBy, invalid }) => (
              <input id={id} inputMode="decimal" dir="ltr" aria-describedby={describedBy} aria-invalid={invalid || undefined} value={target.targetValue} onChange={(e) => set({ targetValue: e.target.value })} />
            )}
          </Field>
          <Field label={t('commitmentForm.targets.targetPeriod')} error={errorAt(`${path}.target.period`)}>
            {({ id, describedBy, invalid }) => (
              <input id={id} dir="ltr" aria-describedby={describedBy} aria-invalid={invalid || undefined} value={target.targetPeriod} onChange={(e) => set({ targetPeriod: e.target.value })} />
            )}
          </Field>
          <Field label={t('commitmentForm.targets.direction')} error={errorAt(`${path}.direction`)}>
            {({ id, describedBy }) => (
              <select id={id} aria-describedby={describedBy} value={target.direction} onChange={(e) => set({ direction: e.target.value === 'decrease' ? 'decrease' : 'increase' })}>
                <option value="increase">{t('commitmentForm.targets.increase')}</option>
                <option value="decrease">{t('commitmentForm.targets.decrease')}</option>
              </select>
            )}
          </Field>
        </div>
        <p className="field__hint">{t('commitmentForm.targets.periodHint')}</p>
        {indicator && stored !== null && stored !== baseline ? (
          <p className="commitment-target__offer">
            <button type="button" className="button button--quiet" onClick={() => set({ baselineValue: String(stored) })}>
              {t('commitmentForm.targets.useStored', { value: formatValue(indicator.unit, stored, format, t), period: target.baselinePeriod })}
            </button>
          </p>
        ) : null}
        {errorAt(path) ? <p className="field__error">{errorAt(path)}</p> : null}
      </div>
      <div className="commitment-target__progress">
        {unchanged && progress && indicator ? (
          <TargetProgressView target={storedTarget} progress={progress} series={series} indicator={indicator} title={name} />
        ) : (
          <p className="muted">{storedTarget ? t('commitmentForm.targets.saveToSee') : t('commitmentForm.targets.newNoProgress')}</p>
        )}
        <button type="button" className="button button--quiet" aria-label={t('commitmentForm.targets.remove', { name })} onClick={onRemove}>
          {t('commitmentForm.removePart')}
        </button>
      </div>
    </li>
  );
}
