import { useEffect, useId, useRef } from 'react';
import './confirm-dialog.css';

/** One answer to a question: the words on its button and what it does. */
export interface ConfirmChoice {
  label: string;
  onChoose(): void;
  /** How loud the button is; the primary one is the suggested way forward. */
  tone: 'primary' | 'plain';
}

/**
 * A question that must be answered before going on: a native modal <dialog>, so the page behind is
 * inert and screen readers announce it by its title. The focus starts on the safe choice (the one
 * that loses nothing), Escape means the safe choice, and the focus goes back where it was.
 */
export function ConfirmDialog({ title, message, choices, safe, busy = false }: { title: string; message: string; choices: ConfirmChoice[]; safe: ConfirmChoice; busy?: boolean }) {
  const ids = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const safeButton = useRef<HTMLButtonElement>(null);
  const chooseSafe = useRef(safe.onChoose);
  chooseSafe.current = safe.onChoose;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    safeButton.current?.focus();
    return () => {
      // The dialog leaves the page with the component; hand the focus back to what opened it.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-message`}
      aria-busy={busy || undefined}
      onCancel={(event) => {
        // Escape: stay. The dialog closes only when its owner stops showing it.
        event.preventDefault();
        if (!busy) chooseSafe.current();
      }}
    >
      <h2 id={`${ids}-title`} className="confirm-dialog__title">
        {title}
      </h2>
      <p id={`${ids}-message`} className="confirm-dialog__message">
        {message}
      </p>
      <div className="confirm-dialog__choices">
        {choices.map((choice) => (
          <button
            key={choice.label}
            type="button"
            ref={choice === safe ? safeButton : undefined}
            className={choice.tone === 'primary' ? 'button button--primary' : 'button'}
            disabled={busy}
            onClick={choice.onChoose}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
