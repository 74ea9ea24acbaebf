import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface EditorOption {
  value: string;
  label: string;
}

/**
 * The editor inside a table cell: a select for coded fields, a text box otherwise. Enter or
 * leaving the cell saves, Escape cancels; a refusal from the core is shown under the cell and
 * keeps the editor open so the user can correct it.
 */
export function CellEditor({
  label,
  initial,
  options,
  listId,
  onSave,
  onCancel,
}: {
  label: string;
  initial: string;
  options: EditorOption[] | null;
  listId?: string;
  onSave(text: string): Promise<string | null>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const textBox = useRef<HTMLInputElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const done = useRef(false);
  const errorId = useId();

  useEffect(() => {
    select.current?.focus();
    textBox.current?.focus();
    textBox.current?.select();
  }, []);

  const save = async (value: string) => {
    if (done.current || saving) return;
    if (value === initial) {
      done.current = true;
      onCancel();
      return;
    }
    setSaving(true);
    const problem = await onSave(value);
    setSaving(false);
    if (problem === null) done.current = true;
    else {
      setError(problem);
      textBox.current?.focus();
      select.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      done.current = true;
      onCancel();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      void save(text);
    } else {
      // Arrow keys move the caret while editing, not the table's focus.
      event.stopPropagation();
    }
  };

  const common = {
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    // Read-only rather than disabled while saving: disabling would take the focus away.
    'aria-busy': saving || undefined,
    onKeyDown,
    onBlur: () => void save(text),
    className: 'cell-editor__control',
  };
  return (
    <div className="cell-editor">
      {options ? (
        <select {...common} ref={select} value={text} onChange={(e) => !saving && setText(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} ref={textBox} readOnly={saving} value={text} list={listId} dir="auto" onChange={(e) => setText(e.target.value)} />
      )}
      {error ? (
        <p className="cell-editor__error" role="alert" id={errorId}>
          {error} <span className="visually-hidden">{t('table.editHint')}</span>
        </p>
      ) : null}
    </div>
  );
}
