import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { linkAddress, type AddressProblem } from './markdown-edits';

/** The start of every address that can be linked; the same in every language. */
const addressStart = 'https://';

/**
 * Asks for a link's address (and the words that show it) beside the toolbar: a small dialog in the
 * page, not the browser's prompt, so it speaks the interface's language and reads right-to-left.
 */
export function LinkDialog({ id, selected, onInsert, onClose }: { id: string; selected: string; onInsert(href: string, label: string): void; onClose(): void }) {
  const { t } = useTranslation();
  const ids = useId();
  const address = useRef<HTMLInputElement>(null);
  const [href, setHref] = useState('');
  const [label, setLabel] = useState(selected);
  const [problem, setProblem] = useState<AddressProblem | null>(null);

  useEffect(() => address.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = linkAddress(href);
    if (!read.ok) {
      setProblem(read.problem);
      address.current?.focus();
      return;
    }
    onInsert(read.href, label);
  };

  return (
    <div
      id={id}
      className="link-dialog"
      role="dialog"
      aria-labelledby={`${ids}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <h3 id={`${ids}-title`} className="link-dialog__title">
        {t('narrative.linkDialog.title')}
      </h3>
      <form className="link-dialog__form" onSubmit={submit} noValidate>
        <label className="link-dialog__field">
          <span>{t('narrative.linkDialog.address')}</span>
          <input
            ref={address}
            type="url"
            dir="ltr"
            value={href}
            placeholder={addressStart}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${ids}-problem` : `${ids}-hint`}
            onChange={(e) => {
              setHref(e.target.value);
              setProblem(null);
            }}
          />
        </label>
        <label className="link-dialog__field">
          <span>{t('narrative.linkDialog.text')}</span>
          <input type="text" dir="auto" value={label} onChange={(e) => setLabel(e.target.value)} />
        </label>
        {problem ? (
          <p className="link-dialog__problem" id={`${ids}-problem`} role="alert">
            {t(`narrative.linkDialog.problem.${problem}`)}
          </p>
        ) : (
          <p className="field__hint link-dialog__hint" id={`${ids}-hint`}>
            {t('narrative.linkDialog.hint')}
          </p>
        )}
        <div className="link-dialog__actions">
          <button type="submit" className="button button--primary">
            {t('narrative.linkDialog.insert')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('narrative.linkDialog.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
