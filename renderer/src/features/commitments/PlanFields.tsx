import { useTranslation } from 'react-i18next';
import { commitmentStatuses, statusesNeedingReason, statusTransitions } from '../../../../shared/domain/commitment';
import { Field } from '../../components/Field';
import type { FormSectionProps } from './form-section';

/** Who carries the commitment, when, and how it stands: only the statuses it may move to are offered. */
export function PlanFields({ form, change, errorAt, stored }: FormSectionProps) {
  const { t } = useTranslation();
  // A stored commitment moves along the allowed steps (commitment.ts); a new one may start anywhere.
  const from = stored?.status;
  const offered = from ? [from, ...statusTransitions[from]] : [...commitmentStatuses];
  const needsReason = statusesNeedingReason.has(form.status);
  return (
    <section className="card commitment-section" aria-labelledby="commitment-plan">
      <h2 id="commitment-plan">{t('commitmentForm.plan.title')}</h2>
      <div className="commitment-plan">
        <Field label={t('commitments.columns.owner')} hint={t('commitmentForm.plan.ownerHint')} error={errorAt('owner')}>
          {({ id, describedBy, invalid }) => (
            <input id={id} dir="auto" maxLength={120} aria-describedby={describedBy} aria-invalid={invalid || undefined} value={form.owner} onChange={(e) => change({ owner: e.target.value })} />
          )}
        </Field>
        <Field label={t('commitmentForm.plan.start')} error={errorAt('start')}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="date" aria-describedby={describedBy} aria-invalid={invalid || undefined} value={form.start} onChange={(e) => change({ start: e.target.value })} />
          )}
        </Field>
        <Field label={t('commitments.columns.due')} error={errorAt('due')}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="date" aria-describedby={describedBy} aria-invalid={invalid || undefined} value={form.due} onChange={(e) => change({ due: e.target.value })} />
          )}
        </Field>
        <Field label={t('commitments.columns.status')} hint={from ? t('commitmentForm.plan.statusHint') : undefined} error={errorAt('status')}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={form.status}
              onChange={(e) => change({ status: commitmentStatuses.find((s) => s === e.target.value) ?? form.status })}
            >
              {offered.map((status) => (
                <option key={status} value={status}>
                  {t(`commitments.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {needsReason ? (
        <Field label={t('commitmentForm.plan.reason', { status: t(`commitments.status.${form.status}`) })} hint={t('commitmentForm.plan.reasonHint')} error={errorAt('statusReason')}>
          {({ id, describedBy, invalid }) => (
            <textarea
              id={id}
              dir="auto"
              rows={2}
              required
              aria-required="true"
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={form.statusReason}
              onChange={(e) => change({ statusReason: e.target.value })}
            />
          )}
        </Field>
      ) : null}
    </section>
  );
}
