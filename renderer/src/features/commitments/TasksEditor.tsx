import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TaskKind } from '../../../../shared/domain/commitment';
import type { TaskForm } from './commitment-form-model';
import type { FormSectionProps } from './form-section';

/** Tasks and milestones: add, rename, date, tick and remove, all from the keyboard. */
export function TasksEditor({ form, change, errorAt }: FormSectionProps) {
  const { t } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const update = (uid: string, patch: Partial<TaskForm>) => change({ tasks: form.tasks.map((task) => (task.uid === uid ? { ...task, ...patch } : task)) });
  const add = () => {
    change({ tasks: [...form.tasks, { uid: crypto.randomUUID(), kind: 'task', title: '', due: '', done: false }] });
    // The new row's title takes the focus once it is drawn.
    requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>('li:last-child input[data-task-title]')?.focus());
  };
  const remove = (index: number) => {
    change({ tasks: form.tasks.filter((_, i) => i !== index) });
    // The focus goes to the row that takes the removed one's place, else to the add button.
    requestAnimationFrame(() => {
      const rows = list.current?.querySelectorAll<HTMLInputElement>('input[data-task-title]');
      const next = rows?.[Math.min(index, rows.length - 1)];
      (next ?? addButton.current)?.focus();
    });
  };
  return (
    <section className="card commitment-section" aria-labelledby="commitment-tasks">
      <h2 id="commitment-tasks">{t('commitmentForm.tasks.title')}</h2>
      {form.tasks.length === 0 ? <p className="muted">{t('commitmentForm.tasks.none')}</p> : null}
      <ul className="commitment-tasks" ref={list}>
        {form.tasks.map((task, i) => {
          const titleError = errorAt(`tasks.${i}.title`);
          const name = task.title || t('commitmentForm.tasks.untitled', { n: i + 1 });
          return (
            <li key={task.uid} className={task.done ? 'commitment-task commitment-task--done' : 'commitment-task'}>
              <input type="checkbox" checked={task.done} aria-label={t('commitmentForm.tasks.done', { title: name })} onChange={(e) => update(task.uid, { done: e.target.checked })} />
              <div className="commitment-task__title">
                <input
                  data-task-title
                  dir="auto"
                  maxLength={200}
                  aria-label={t('commitmentForm.tasks.titleLabel', { n: i + 1 })}
                  aria-invalid={titleError ? true : undefined}
                  aria-describedby={titleError ? `task-error-${task.uid}` : undefined}
                  value={task.title}
                  onChange={(e) => update(task.uid, { title: e.target.value })}
                />
                {titleError ? (
                  <p className="field__error" id={`task-error-${task.uid}`}>
                    {titleError}
                  </p>
                ) : null}
              </div>
              <select aria-label={t('commitmentForm.tasks.kind', { title: name })} value={task.kind} onChange={(e) => update(task.uid, { kind: TaskKind.catch(task.kind).parse(e.target.value) })}>
                <option value="task">{t('commitmentForm.tasks.kinds.task')}</option>
                <option value="milestone">{t('commitmentForm.tasks.kinds.milestone')}</option>
              </select>
              <input type="date" aria-label={t('commitmentForm.tasks.due', { title: name })} value={task.due} onChange={(e) => update(task.uid, { due: e.target.value })} />
              <button type="button" className="button button--quiet" aria-label={t('commitmentForm.tasks.remove', { title: name })} onClick={() => remove(i)}>
                {t('commitmentForm.removePart')}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button" ref={addButton} onClick={add}>
        {t('commitmentForm.tasks.add')}
      </button>
    </section>
  );
}
