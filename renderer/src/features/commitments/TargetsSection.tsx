import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { totalBreakdown, type TargetForm } from './commitment-form-model';
import type { FormSectionProps } from './form-section';
import { ProgressRule } from './ProgressRule';
import { TargetEditor } from './TargetEditor';

/** The indicator targets: the results chain from the commitment to the figures that show it working. */
export function TargetsSection(props: FormSectionProps) {
  const { form, change, stored } = props;
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const update = (uid: string, next: TargetForm) => change({ targets: form.targets.map((target) => (target.uid === uid ? next : target)) });
  const add = () => {
    const target: TargetForm = { uid: crypto.randomUUID(), indicator: '', breakdown: totalBreakdown, baselineValue: '', baselinePeriod: '', targetValue: '', targetPeriod: '', direction: 'increase' };
    change({ targets: [...form.targets, target] });
    requestAnimationFrame(() => list.current?.querySelector<HTMLSelectElement>('li:last-child select')?.focus());
  };
  const remove = (index: number) => {
    change({ targets: form.targets.filter((_, i) => i !== index) });
    requestAnimationFrame(() => {
      const rows = list.current?.querySelectorAll<HTMLSelectElement>(':scope > li select:first-of-type');
      (rows?.[Math.min(index, rows.length - 1)] ?? addButton.current)?.focus();
    });
  };
  return (
    <section className="card commitment-section" aria-labelledby="commitment-targets">
      <h2 id="commitment-targets">{t('commitmentForm.targets.title')}</h2>
      <p>{t('commitmentForm.targets.intro')}</p>
      <ProgressRule />
      {form.targets.length === 0 ? <p className="muted">{t('commitmentForm.targets.none')}</p> : null}
      <ol className="commitment-targets" ref={list}>
        {form.targets.map((target, i) => {
          const storedTarget = stored?.targets.find((s) => s.uid === target.uid);
          return (
            <TargetEditor
              key={target.uid}
              {...props}
              target={target}
              index={i}
              progress={stored?.targetProgress.find((p) => p.uid === target.uid) ?? null}
              series={stored?.series.find((s) => s.uid === target.uid)?.figures ?? []}
              storedTarget={storedTarget ?? null}
              onChange={(next) => update(target.uid, next)}
              onRemove={() => remove(i)}
            />
          );
        })}
      </ol>
      <button type="button" className="button" ref={addButton} onClick={add}>
        {t('commitmentForm.targets.add')}
      </button>
    </section>
  );
}
